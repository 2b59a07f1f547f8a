/**
 * Personal access tokens: only each token's SHA-256 is kept. The single admin-token hash of
 * earlier versions becomes the first row, so an admin token printed before keeps working.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export function accessTokens(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('access_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_sha256', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .addCheckConstraint('access_tokens_role', sql`role in ('admin', 'author')`)
        .execute();

      const legacy = await sql<{ value: string; updated_at: string }>`select value, updated_at from settings where key = 'admin_token_sha256'`.execute(db);
      const row = legacy.rows[0];
      if (row) {
        await sql`insert into access_tokens (id, name, role, token_sha256, created_by, created_at)
          values ('tok_first_admin', 'first admin token', 'admin', ${row.value}, 'system', ${row.updated_at})`.execute(db);
        await sql`delete from settings where key = 'admin_token_sha256'`.execute(db);
        // The first admin token exists: do not print another one at the next start.
        await sql`insert into settings (key, value, updated_at) values ('auth.first_admin_token', ${row.updated_at}, ${row.updated_at})`.execute(db);
      }
    },
  };
}
