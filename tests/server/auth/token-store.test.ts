import { createHash } from 'node:crypto';
import { WenshuError } from '../../../src/core/errors/codes.js';
import { TokenStore } from '../../../src/server/auth/token-store.js';
import { ensureFirstAdminToken } from '../../../src/server/auth/first-admin.js';
import { SettingsStore } from '../../../src/server/settings/store.js';
import { migrateToLatest, migrator } from '../../../src/server/db/migrate.js';
import { DIALECTS, freshDatabase, type TestDatabase } from '../../support/databases.js';

const DAY = 86_400_000;

describe.each(DIALECTS)('personal access tokens on %s', (dialect) => {
  let database: TestDatabase;
  let store: TokenStore;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    store = new TokenStore(database);
  });
  afterEach(async () => database.dispose());

  it('shows a new token once and stores only its SHA-256', async () => {
    const { token, info } = await store.create({ name: 'Li Hua', role: 'author', by: 'admin' });
    expect(token).toMatch(/^wsu_[A-Za-z0-9_-]{40,}$/);
    expect(info).toMatchObject({ name: 'Li Hua', role: 'author', createdBy: 'admin', status: 'active', expiresAt: null, revokedAt: null });
    const rows = await database.db.selectFrom('access_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.token_sha256).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await store.list())).not.toContain(rows[0]!.token_sha256);
  });

  it('accepts an active token and notes when it was last used', async () => {
    const { token, info } = await store.create({ name: 'Wang Fang', role: 'admin', by: 'cli' });
    expect(token.startsWith('wsa_')).toBe(true);
    const checked = await store.check(token);
    expect(checked).toMatchObject({ ok: true, token: { id: info.id, role: 'admin', name: 'Wang Fang' } });
    expect((await store.get(info.id))!.lastUsedAt).not.toBeNull();
    expect(await store.check(`${token}x`)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses a revoked token at once and keeps it listed as revoked', async () => {
    const { token, info } = await store.create({ name: 'leaver', role: 'author', by: 'admin' });
    const revoked = await store.revoke(info.id);
    expect(revoked.status).toBe('revoked');
    expect(await store.check(token)).toEqual({ ok: false, reason: 'revoked' });
    const again = await store.revoke(info.id);
    expect(again.revokedAt).toBe(revoked.revokedAt);
    expect((await store.list()).map((t) => [t.id, t.status])).toEqual([[info.id, 'revoked']]);
  });

  it('refuses an expired token and says so', async () => {
    const old = await store.create({ name: 'contractor', role: 'author', by: 'admin', expiresAt: new Date(Date.now() - DAY) });
    const fresh = await store.create({ name: 'intern', role: 'author', by: 'admin', expiresAt: new Date(Date.now() + 30 * DAY) });
    expect(await store.check(old.token)).toEqual({ ok: false, reason: 'expired' });
    expect((await store.check(fresh.token)).ok).toBe(true);
    expect((await store.get(old.info.id))!.status).toBe('expired');
  });

  it('answers 404 for revoking a token that does not exist', async () => {
    const err = await store.revoke('tok_nothing').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WenshuError);
    expect((err as WenshuError).code).toBe('token_not_found');
  });

  it('makes the first admin token once, even when two replicas start together', async () => {
    const settings = new SettingsStore(database);
    const results = await Promise.all([ensureFirstAdminToken(store, settings), ensureFirstAdminToken(new TokenStore(database), settings)]);
    const made = results.filter((t): t is string => typeof t === 'string');
    expect(made).toHaveLength(1);
    expect(await store.check(made[0]!)).toMatchObject({ ok: true, token: { role: 'admin' } });
    expect(await ensureFirstAdminToken(store, settings)).toBeUndefined();
  });

  it('keeps the admin token of the earlier single-token version working after the upgrade', async () => {
    const old = await freshDatabase(dialect, { migrate: false });
    try {
      await migrator(old).migrateTo('0001-initial');
      const legacy = 'wsa_legacy-admin-token-from-version-0.1';
      const hash = createHash('sha256').update(legacy).digest('hex');
      await old.db.insertInto('settings').values({ key: 'admin_token_sha256', value: hash, updated_at: new Date().toISOString() }).execute();
      await migrateToLatest(old);
      const upgraded = new TokenStore(old);
      expect(await upgraded.check(legacy)).toMatchObject({ ok: true, token: { role: 'admin', name: 'first admin token' } });
      // No second "first admin token" is printed for a database that already had one.
      expect(await ensureFirstAdminToken(upgraded, new SettingsStore(old))).toBeUndefined();
    } finally {
      await old.dispose();
    }
  });
});
