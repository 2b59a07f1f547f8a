/**
 * Schema migrations through Kysely's Migrator with an in-code provider: no file globbing, so
 * it works the same from `src` under tsx/jest and from compiled `dist`. On PostgreSQL the
 * Migrator holds an advisory lock, so replicas starting together migrate once.
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import { initial } from './migrations/0001-initial.js';
import { accessTokens } from './migrations/0002-access-tokens.js';
import { audit } from './migrations/0003-audit.js';
import type { Dialect } from './url.js';

/** Names sort in the order they run; append new ones, never rename or edit released ones. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-access-tokens': accessTokens(),
    '0003-audit': audit(dialect),
  };
}

export function migrator(database: Database): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations(database.dialect) };
  return new Migrator({ db: database.db, provider });
}

/** Applies pending migrations; returns the names applied now (empty when already current). */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results = [] } = await migrator(database).migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ? `"${failed}" ` : ''}failed on ${database.displayUrl}: ${reason}`, {
      cause: error,
    });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
