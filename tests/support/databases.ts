/**
 * Every storage test runs against both dialects: a real SQLite file in a temporary folder,
 * and a fresh database on the PostgreSQL server from global setup (dropped on dispose).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Dialect, type OpenOptions } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

export const DIALECTS = ['sqlite', 'postgres'] as const satisfies readonly Dialect[];

export interface TestDatabase extends Database {
  /** The URL this database was opened with, to open a second connection (another "replica"). */
  url: string;
  dispose(): Promise<void>;
}

/** The superuser URL from global setup; missing means the PostgreSQL half would silently not run. */
export function postgresAdminUrl(): string {
  const url = process.env.WENSHU_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'WENSHU_TEST_PG_URL is not set: storage tests must run against PostgreSQL too. ' +
        'Run them through jest (its global setup starts a server) or set it to a superuser URL.',
    );
  }
  return url;
}

/** A URL for `database` on the same server as `adminUrl`. */
export function withDatabase(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(
  dialect: Dialect,
  opts: { migrate?: boolean } & OpenOptions = {},
): Promise<TestDatabase> {
  const { migrate = true, ...openOptions } = opts;
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-db-'));
    url = `sqlite:${join(dir, 'wenshu.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `wenshu_test_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`create database "${name}"`));
    url = withDatabase(postgresAdminUrl(), name);
    cleanup = () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined);
  }
  let database: Database;
  try {
    database = await openDatabase(url, openOptions);
    if (migrate) await migrateToLatest(database);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    ...database,
    url,
    async dispose() {
      try {
        await database.close();
      } finally {
        await cleanup();
      }
    },
  };
}
