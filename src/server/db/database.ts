/**
 * One entry point to storage: SQLite (embedded default) through better-sqlite3, or PostgreSQL
 * through a pg Pool when several gateway replicas share one database. Stores receive a
 * `Database` and write the same Kysely queries for both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { cachingStatements } from './statement-cache.js';
import pg from 'pg';
import { WenshuError } from '../../core/errors/codes.js';
import type { Schema } from './schema.js';
import { MEMORY, parseDatabaseUrl, redactUrl, type Dialect } from './url.js';

export type { Dialect } from './url.js';

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** The URL with any password hidden, for logs and messages. */
  displayUrl: string;
  /** Resolves when the database answers a trivial query (for /readyz). */
  ping(): Promise<void>;
  /** Closes the file or drains the pool; safe to call twice. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL pool size (default 10: plenty for one gateway, modest for many replicas). */
  poolSize?: number;
  /** How long to wait for a PostgreSQL connection (default 5 s). */
  connectTimeoutMs?: number;
  /** SQLite: how long a writer waits for another one before failing (default 5 s). */
  busyTimeoutMs?: number;
  /** Errors of idle pooled connections (server restart, network); unhandled they would crash the process. */
  onPoolError?: (error: Error) => void;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url);
  return target.dialect === 'sqlite'
    ? openSqlite(target.path, options)
    : openPostgres(target.connectionString, options);
}

function unreachable(displayUrl: string, error: unknown): WenshuError {
  const err = new WenshuError('database_unreachable', 503, { url: displayUrl, reason: describe(error) });
  err.cause = error;
  return err;
}

/** Node's AggregateError (IPv4 + IPv6 attempts) has an empty message; dig out something useful. */
function describe(error: unknown): string {
  // Duck-typed: driver errors can come from another realm (native modules under test runners).
  if (typeof error !== 'object' || error === null) return String(error);
  const { message, code, errors } = error as { message?: unknown; code?: unknown; errors?: unknown };
  if (typeof message === 'string' && message) return message;
  if (Array.isArray(errors) && errors.length > 0) return describe(errors[0]);
  return typeof code === 'string' ? code : String(error);
}

function wrap(db: Kysely<Schema>, dialect: Dialect, displayUrl: string): Database {
  let closed: Promise<void> | undefined;
  return {
    db,
    dialect,
    displayUrl,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      closed ??= db.destroy();
      return closed;
    },
  };
}

function openSqlite(path: string, options: OpenOptions): Database {
  const displayUrl = path === MEMORY ? 'sqlite::memory:' : `sqlite:${resolve(path)}`;
  let file: BetterSqlite3.Database;
  try {
    if (path !== MEMORY) mkdirSync(dirname(resolve(path)), { recursive: true });
    file = new BetterSqlite3(path);
    // WAL lets readers run while one writer writes; NORMAL sync is safe with WAL.
    if (path !== MEMORY) file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('foreign_keys = ON');
    file.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  } catch (error) {
    throw unreachable(displayUrl, error);
  }
  return wrap(new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingStatements(file) }) }), 'sqlite', displayUrl);
}

async function openPostgres(connectionString: string, options: OpenOptions): Promise<Database> {
  const displayUrl = redactUrl(connectionString);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'wenshu',
  });
  // pg discards the broken client by itself; without a listener the event would crash the process.
  pool.on('error', (error) => {
    if (options.onPoolError) options.onPoolError(error);
    else console.error(`Idle database connection to ${displayUrl} failed: ${describe(error)}`);
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const database = wrap(db, 'postgres', displayUrl);
  // Connect now, so a wrong URL stops the start with a clear message instead of failing later.
  try {
    await database.ping();
  } catch (error) {
    await database.close().catch(() => undefined);
    throw unreachable(displayUrl, error);
  }
  return database;
}
