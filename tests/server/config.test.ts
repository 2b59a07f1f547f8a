import { readFileSync } from 'node:fs';
import { ConfigError, SETTINGS, loadConfig } from '../../src/server/config.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('starts with defaults: port 3000, https on localhost, SQLite under ./data, Ollama on loopback', () => {
    const cfg = loadConfig({}, {});
    expect(cfg.PORT).toBe(3000);
    expect(cfg.PUBLIC_URL).toBe('https://localhost:3000');
    expect(cfg.DATABASE_URL).toMatch(/^sqlite:.*data\/wenshu\.db$/);
    expect(cfg.MODEL_BASE_URL).toBe('http://127.0.0.1:11434/v1');
    expect(cfg.MODEL_API_KEY).toBeUndefined();
  });

  it('lets the environment override wenshu.config.json', () => {
    const cfg = loadConfig({ PORT: '8443', MODEL_ALLOWED_HOSTS: 'Models.Example.com, other.example' }, { PORT: 9000, MODEL_NAME: 'qwen3' });
    expect(cfg.PORT).toBe(8443);
    expect(cfg.MODEL_NAME).toBe('qwen3');
    expect(cfg.MODEL_ALLOWED_HOSTS).toEqual(['models.example.com', 'other.example']);
    expect(cfg.PUBLIC_URL).toBe('https://localhost:8443');
  });

  it('names every bad setting and what it accepts', () => {
    const problems = problemsOf(() => loadConfig({ PORT: 'eighty', MODEL_BASE_URL: 'ftp://x', DATABASE_URL: 'mysql://db', TLS: 'maybe' }, {}));
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(/Port the gateway listens on/);
    expect(problems.find((p) => p.startsWith('MODEL_BASE_URL:'))).toMatch(/http:\/\/ or https:\/\//);
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toMatch(/sqlite: or postgres:\/\//);
    expect(problems.some((p) => p.startsWith('TLS:'))).toBe(true);
  });

  it('refuses half a TLS key pair and a too-short admin token', () => {
    expect(problemsOf(() => loadConfig({ TLS_CERT: '/tmp/cert.pem' }, {}))[0]).toMatch(/TLS_CERT and TLS_KEY/);
    expect(problemsOf(() => loadConfig({ ADMIN_TOKEN: 'short' }, {}))[0]).toMatch(/ADMIN_TOKEN: .*16 characters/);
  });

  it('refuses unknown keys in wenshu.config.json instead of ignoring a typo', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { readConfigFile } = await import('../../src/server/config.js');
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-cfg-'));
    writeFileSync(join(dir, 'wenshu.config.json'), JSON.stringify({ MODEL_NAM: 'x' }));
    expect(problemsOf(() => readConfigFile(join(dir, 'wenshu.config.json')))[0]).toMatch(/unknown setting "MODEL_NAM"/);
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    expect(problemsOf(() => readConfigFile(join(dir, 'bad.json')))[0]).toMatch(/not valid JSON/);
  });

  it('documents every setting in the README table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const name of Object.keys(SETTINGS)) expect(readme).toContain(`| \`${name}\` |`);
  });
});
