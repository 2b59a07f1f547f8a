/** The hardening settings: FRAME_ANCESTORS and RATE_LIMIT_GENERATIONS_PER_MINUTE, checked at start. */
import { ConfigError, loadConfig } from '../../../src/server/config.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('hardening settings', () => {
  it('default to the Office on the web hosts and 20 generations a minute', () => {
    const cfg = loadConfig({}, {});
    expect(cfg.FRAME_ANCESTORS).toEqual([
      "'self'",
      'https://*.office.com',
      'https://*.office365.com',
      'https://*.officeapps.live.com',
      'https://*.cloud.microsoft',
      'https://*.sharepoint.com',
      'https://outlook.office.com',
      'https://outlook.live.com',
    ]);
    expect(cfg.RATE_LIMIT_GENERATIONS_PER_MINUTE).toBe(20);
  });

  it('read FRAME_ANCESTORS separated by spaces or commas, from the environment or the file', () => {
    expect(loadConfig({ FRAME_ANCESTORS: "'self'  https://Intranet.Corp.example:8443,https://*.corp.example" }, {}).FRAME_ANCESTORS).toEqual([
      "'self'",
      'https://intranet.corp.example:8443',
      'https://*.corp.example',
    ]);
    expect(loadConfig({}, { FRAME_ANCESTORS: ["'none'"] }).FRAME_ANCESTORS).toEqual(["'none'"]);
  });

  it('refuse sources that could break out of the directive or make no sense, naming the setting', () => {
    for (const bad of ["'self'; script-src *", "'unsafe-inline'", "'none' 'self'", '', 'https://exa mple.com/path', 'javascript:']) {
      const problems = problemsOf(() => loadConfig({ FRAME_ANCESTORS: bad || ' ' }, {}));
      expect([bad, problems[0]]).toEqual([bad, expect.stringMatching(/^FRAME_ANCESTORS: /)]);
    }
  });

  it('refuse a negative or fractional rate limit, and accept 0 (off)', () => {
    expect(problemsOf(() => loadConfig({ RATE_LIMIT_GENERATIONS_PER_MINUTE: '-1' }, {}))[0]).toMatch(/^RATE_LIMIT_GENERATIONS_PER_MINUTE: /);
    expect(problemsOf(() => loadConfig({ RATE_LIMIT_GENERATIONS_PER_MINUTE: '2.5' }, {}))[0]).toMatch(/^RATE_LIMIT_GENERATIONS_PER_MINUTE: /);
    expect(loadConfig({ RATE_LIMIT_GENERATIONS_PER_MINUTE: '0' }, {}).RATE_LIMIT_GENERATIONS_PER_MINUTE).toBe(0);
  });
});
