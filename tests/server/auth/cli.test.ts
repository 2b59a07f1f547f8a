/** `npm run wenshu -- token …` as an operator runs it: a real process on a real SQLite file. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../../../src/server/db/database.js';
import { TokenStore } from '../../../src/server/auth/token-store.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'src/server/cli.ts');

function wenshu(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, CLI, ...args], {
      cwd: mkdtempSync(join(tmpdir(), 'wenshu-cli-')),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

describe('the token command line', () => {
  const env = { DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'wenshu-cli-db-')), 'wenshu.db')}` };

  it('creates a token printed once, lists it without the secret, and revokes it', async () => {
    const created = await wenshu(['token', 'create', '--role', 'admin', '--name', 'Zhang Wei', '--expires-days', '90'], env);
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const token = /^\s+(wsa_\S+)$/m.exec(created.out)?.[1];
    const id = /(tok_[0-9a-f]+)/.exec(created.out)?.[1];
    expect(token).toBeDefined();
    expect(id).toBeDefined();

    const listed = await wenshu(['token', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`${id}\\s+admin\\s+active\\s+Zhang Wei`));
    expect(listed.out).not.toContain(token);

    const database = await openDatabase(env.DATABASE_URL);
    try {
      const store = new TokenStore(database);
      expect(await store.check(token!)).toMatchObject({ ok: true, token: { role: 'admin', name: 'Zhang Wei' } });
      const revoked = await wenshu(['token', 'revoke', id!], env);
      expect(revoked.code).toBe(0);
      expect(revoked.out).toContain(`Revoked ${id}`);
      expect(await store.check(token!)).toEqual({ ok: false, reason: 'revoked' });
    } finally {
      await database.close();
    }
  }, 30_000);

  it('explains wrong usage (exit 2) and an unknown token id (exit 1)', async () => {
    const noRole = await wenshu(['token', 'create', '--name', 'x'], env);
    expect(noRole.code).toBe(2);
    expect(noRole.err).toContain('--role admin or --role author');
    expect(noRole.err).toContain('Usage: npm run wenshu');
    const unknown = await wenshu(['token', 'revoke', 'tok_nothing'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no token with id "tok_nothing"');
    const badConfig = await wenshu(['token', 'list'], { ...env, AUTH_MODE: 'oidc' });
    expect(badConfig.code).toBe(2);
    expect(badConfig.err).toMatch(/OIDC_JWKS_URL: required when AUTH_MODE=oidc/);
  }, 30_000);
});
