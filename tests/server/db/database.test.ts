import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { WenshuError } from '../../../src/core/errors/codes.js';
import { openDatabase, type Dialect } from '../../../src/server/db/database.js';
import { migrateToLatest, migrations } from '../../../src/server/db/migrate.js';
import { DIALECTS, freshDatabase, postgresAdminUrl, withDatabase, type TestDatabase } from '../../support/databases.js';

/** Every migration, in order: a fresh database runs them all. */
const allMigrations = (dialect: Dialect) => Object.keys(migrations(dialect));
const CORE_TABLES = ['access_tokens', 'settings', 'template_versions', 'templates'];

async function tableNames(database: TestDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((t) => t.name).sort();
}

describe.each(DIALECTS)('database on %s', (dialect) => {
  let database: TestDatabase;
  afterEach(async () => database?.dispose());

  it('opens, answers a ping and closes twice without error', async () => {
    database = await freshDatabase(dialect);
    expect(database.dialect).toBe(dialect);
    await expect(database.ping()).resolves.toBeUndefined();
    await database.close();
    await expect(database.close()).resolves.toBeUndefined();
  });

  it('creates the tables on first migration and treats a second run as a no-op that keeps data', async () => {
    database = await freshDatabase(dialect, { migrate: false });
    expect(await migrateToLatest(database)).toEqual(allMigrations(dialect));
    expect(await tableNames(database)).toEqual(expect.arrayContaining(CORE_TABLES));
    await database.db.insertInto('settings').values({ key: 'k', value: 'v', updated_at: new Date().toISOString() }).execute();

    expect(await migrateToLatest(database)).toEqual([]);
    const rows = await database.db.selectFrom('settings').selectAll().execute();
    expect(rows.map((r) => r.value)).toEqual(['v']);
  });

  it('migrates once when several migrations start at the same moment', async () => {
    database = await freshDatabase(dialect, { migrate: false });
    // On PostgreSQL these run on separate pooled connections, like replicas starting together.
    const runs = await Promise.all([1, 2, 3, 4].map(() => migrateToLatest(database)));
    expect(runs.flat()).toEqual(allMigrations(dialect));
    expect(await tableNames(database)).toEqual(expect.arrayContaining(CORE_TABLES));
  });

  it('refuses to change a stored template version, whatever the code does', async () => {
    database = await freshDatabase(dialect);
    const at = new Date().toISOString();
    await database.db
      .insertInto('templates')
      .values({
        id: 'x1', status: 'draft', latest_version: 1, published_version: null, name_zh: null, name_en: 'X',
        kind: 'snippet', hosts: ',word,', locales: ',en-US,', category: null, tags: '[]', description: null,
        search: 'x', created_at: at, created_by: 't', updated_at: at, updated_by: 't',
      })
      .execute();
    await database.db
      .insertInto('template_versions')
      .values({ template_id: 'x1', version: 1, body: '{}', created_at: at, created_by: 't', note: null, copied_from: null })
      .execute();
    // Matched by shape: errors from the native SQLite module may come from another realm under Jest.
    await expect(
      database.db.updateTable('template_versions').set({ body: '{"changed":true}' }).where('template_id', '=', 'x1').execute(),
    ).rejects.toMatchObject({ message: expect.stringMatching(/immutable/) });
    const row = await database.db.selectFrom('template_versions').select('body').executeTakeFirstOrThrow();
    expect(row.body).toBe('{}');
  });

  it('refuses a published pointer without published status (schema keeps the invariant)', async () => {
    database = await freshDatabase(dialect);
    const at = new Date().toISOString();
    await expect(
      database.db
        .insertInto('templates')
        .values({
          id: 'x2', status: 'draft', latest_version: 1, published_version: 1, name_zh: null, name_en: 'X',
          kind: 'snippet', hosts: ',word,', locales: ',en-US,', category: null, tags: '[]', description: null,
          search: 'x', created_at: at, created_by: 't', updated_at: at, updated_by: 't',
        })
        .execute(),
    ).rejects.toMatchObject({ message: expect.stringContaining('templates_published') });
  });
});

describe('opening a database that is not there', () => {
  it('names a PostgreSQL URL without its password when nothing listens', async () => {
    const error = await openDatabase('postgres://wenshu:s3cret-pw@127.0.0.1:1/wenshu', { connectTimeoutMs: 2000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WenshuError);
    const err = error as WenshuError;
    expect(err.code).toBe('database_unreachable');
    expect(err.message).toContain('postgres://wenshu:***@127.0.0.1:1/wenshu');
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.message).not.toContain('s3cret-pw');
    expect(err.messageIn('zh-CN')).toContain('无法连接数据库');
  });

  it('says which PostgreSQL database is missing on a live server', async () => {
    const url = withDatabase(postgresAdminUrl(), 'wenshu_no_such_db');
    await expect(openDatabase(url)).rejects.toMatchObject({
      code: 'database_unreachable',
      message: expect.stringMatching(/wenshu_no_such_db.*does not exist/),
    });
  });

  it('rejects an unsupported URL scheme with the forms it accepts', async () => {
    await expect(openDatabase('mysql://root:pw@db/wenshu')).rejects.toMatchObject({
      code: 'database_url_invalid',
      message: expect.stringContaining('postgres://user:password@host'),
    });
    await expect(openDatabase('mysql://root:pw@db/wenshu')).rejects.not.toMatchObject({
      message: expect.stringContaining(':pw@'),
    });
  });

  it('explains a SQLite file that cannot be created', async () => {
    // A regular file where a folder should be: no permission tricks, works as root too.
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-sqlite-'));
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    try {
      await expect(openDatabase(`sqlite:${blocker}/wenshu.db`)).rejects.toMatchObject({
        code: 'database_unreachable',
        message: expect.stringContaining(`sqlite:${blocker}/wenshu.db`),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite file settings', () => {
  it('creates the missing parent folder and turns on WAL, foreign keys and a busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-sqlite-'));
    const database = await openDatabase(`sqlite:${join(dir, 'nested', 'deeper', 'wenshu.db')}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory database for sqlite::memory:', async () => {
    const database = await openDatabase('sqlite::memory:');
    try {
      expect(await migrateToLatest(database)).toEqual(allMigrations('sqlite'));
    } finally {
      await database.close();
    }
  });
});
