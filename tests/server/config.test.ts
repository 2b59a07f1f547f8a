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

  it('signs in with tokens by default and refuses a sign-in mode without the settings it needs', () => {
    expect(loadConfig({}, {}).AUTH_MODE).toBe('token');
    const oidc = problemsOf(() => loadConfig({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://sso.example/realms/staff' }, {}));
    expect(oidc.map((p) => p.split(':')[0]).sort()).toEqual(['OIDC_AUDIENCE', 'OIDC_AUTHORIZE_URL', 'OIDC_CLIENT_ID', 'OIDC_JWKS_URL']);
    expect(oidc.find((p) => p.startsWith('OIDC_JWKS_URL:'))).toMatch(/required when AUTH_MODE=oidc/);
    const proxy = problemsOf(() => loadConfig({ AUTH_MODE: 'trusted-header', TRUSTED_HEADER: 'X-Remote-User' }, {}));
    expect(proxy).toHaveLength(1);
    expect(proxy[0]).toMatch(/^TRUSTED_PROXIES: required when AUTH_MODE=trusted-header/);
    expect(problemsOf(() => loadConfig({ AUTH_MODE: 'kerberos' }, {}))[0]).toMatch(/^AUTH_MODE: /);
    expect(problemsOf(() => loadConfig({ AUTH_MODE: 'trusted-header', TRUSTED_HEADER: 'X-Remote-User', TRUSTED_PROXIES: '10.0.0.0/8, proxy.example' }, {}))[0]).toMatch(
      /^TRUSTED_PROXIES: each entry must be an IP address or CIDR range/,
    );
  });

  it('reads the OIDC settings: several audiences, nested role claims, case kept', () => {
    const cfg = loadConfig(
      {
        AUTH_MODE: 'oidc',
        OIDC_JWKS_URL: 'https://sso.example/realms/staff/protocol/openid-connect/certs',
        OIDC_ISSUER: 'https://adfs.example/adfs, http://adfs.example/adfs/services/trust',
        OIDC_AUDIENCE: 'api://Wenshu, wenshu-pane',
        OIDC_ROLES_CLAIM: 'realm_access.roles,scp',
        OIDC_AUTHORIZE_URL: 'https://sso.example/realms/staff/protocol/openid-connect/auth',
        OIDC_CLIENT_ID: 'wenshu-pane',
      },
      {},
    );
    expect(cfg.OIDC_AUDIENCE).toEqual(['api://Wenshu', 'wenshu-pane']);
    expect(cfg.OIDC_ISSUER).toEqual(['https://adfs.example/adfs', 'http://adfs.example/adfs/services/trust']);
    expect(cfg.OIDC_ROLES_CLAIM).toEqual(['realm_access.roles', 'scp']);
    expect(cfg.OIDC_ADMIN_ROLE).toBe('wenshu-admin');
    expect(cfg.OIDC_NAME_CLAIM).toBe('preferred_username');
    expect(cfg.OIDC_AUTHOR_ROLE).toBeUndefined();
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
