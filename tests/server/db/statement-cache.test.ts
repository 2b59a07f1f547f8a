/**
 * The SQLite statement cache under Kysely: the same SQL is prepared once, results stay right
 * when parameters change, and the cache stays within its bound.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { cachingStatements } from '../../../src/server/db/statement-cache.js';

interface Db {
  notes: { id: number; text: string };
}

function open(limit?: number) {
  const file = new BetterSqlite3(':memory:');
  let prepared = 0;
  const prepare = file.prepare.bind(file);
  file.prepare = ((sql: string) => {
    prepared++;
    return prepare(sql);
  }) as typeof file.prepare;
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: cachingStatements(file, limit) }) });
  return { db, prepared: () => prepared };
}

describe('the SQLite statement cache', () => {
  it('prepares a query once and answers each call with its own parameters', async () => {
    const { db, prepared } = open();
    await db.schema.createTable('notes').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('text', 'text').execute();
    for (const [id, text] of [[1, '通知'], [2, '请示'], [3, '报告']] as const) await db.insertInto('notes').values({ id, text }).execute();
    const before = prepared();
    const byId = (id: number) => db.selectFrom('notes').select('text').where('id', '=', id).executeTakeFirst();
    expect(await byId(2)).toEqual({ text: '请示' });
    expect(await byId(3)).toEqual({ text: '报告' });
    expect(await byId(9)).toBeUndefined();
    expect(prepared() - before).toBe(1);
    await db.destroy();
  });

  it('keeps no more statements than its bound, dropping the least recently used', async () => {
    const { db, prepared } = open(2);
    await db.schema.createTable('notes').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('text', 'text').execute();
    const a = () => db.selectFrom('notes').select('id').execute();
    const b = () => db.selectFrom('notes').select('text').execute();
    const c = () => db.selectFrom('notes').selectAll().execute();
    const start = prepared();
    await a();
    await b();
    await a(); // a is now the most recent
    await c(); // drops b
    await a(); // still cached
    expect(prepared() - start).toBe(3);
    await b(); // prepared again
    expect(prepared() - start).toBe(4);
    await db.destroy();
  });
});
