/**
 * Kysely's SQLite driver prepares every query afresh, and preparing costs more than running
 * the small lookups the gateway makes on each request (token, settings). This hands it the same
 * better-sqlite3 statement for the same SQL text, with a bound on how many are kept. Kysely
 * runs one query at a time on its single connection, so a statement is never in use twice.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const DEFAULT_LIMIT = 256;

export function cachingStatements(file: BetterSqlite3.Database, limit = DEFAULT_LIMIT): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        // Most recently used goes last, so the first key is the one to drop.
        cache.delete(sql);
      } else {
        stmt = file.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt as unknown as SqliteStatement;
    },
    close() {
      cache.clear();
      file.close();
    },
  };
}
