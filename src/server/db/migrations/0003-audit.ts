/**
 * The audit log: one row per generation (draft, revision, reply) when its stream ends, and one
 * per accept or discard the pane reports. Rows carry no prompt or draft text unless an admin
 * turned on `audit.content`. Frozen once released, like every migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../url.js';

export function audit(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        // The gateway's local date of `at` (YYYY-MM-DD), so daily usage groups the same on both dialects.
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('generation_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text')
        .addColumn('via', 'text')
        .addColumn('template_id', 'text')
        .addColumn('template_version', 'integer')
        .addColumn('action', 'text')
        .addColumn('host', 'text')
        .addColumn('model', 'text')
        .addColumn('tokens_in', 'integer')
        .addColumn('tokens_out', 'integer')
        .addColumn('duration_ms', 'integer')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text')
        .addColumn('candidates', 'integer')
        .addColumn('candidate', 'integer')
        .addColumn('candidate_outcomes', 'text')
        .addColumn('ms_since_done', 'integer')
        .addColumn('content', 'text')
        .addCheckConstraint('audit_log_event', sql`event in ('generation', 'accepted', 'discarded')`)
        .addCheckConstraint('audit_log_kind', sql`kind in ('draft', 'revision', 'reply')`)
        .addCheckConstraint(
          'audit_log_outcome',
          sql`outcome in ('done', 'error', 'cancelled', 'cut_off', 'accepted', 'discarded')`,
        )
        .execute();
      // Newest first and retention (at), the event lookup (generation_id), usage per template.
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
      await db.schema.createIndex('audit_log_generation').on('audit_log').columns(['generation_id', 'event']).execute();
      await db.schema.createIndex('audit_log_template').on('audit_log').columns(['kind', 'template_id', 'at']).execute();
    },
  };
}
