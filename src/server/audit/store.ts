/**
 * Audit rows in one table on SQLite or PostgreSQL: written when a generation ends and when the
 * pane reports an accept or discard; listed newest first with filters; scanned in batches for
 * the CSV export; deleted when older than the retention.
 */
import { sql, type Insertable, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import type { AuditLogTable, Schema } from '../db/schema.js';
import type { AuditFilter } from './filters.js';
import type { AuditContent, AuditEntry } from '../../core/audit/api.js';

export type AuditRow = Selectable<AuditLogTable>;

export type { AuditEntry } from '../../core/audit/api.js';

const int = (v: number | string | null): number | null => (v === null ? null : Number(v));

function parseContent(raw: string | null): AuditContent | null {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as AuditContent;
  } catch {
    return null;
  }
}

export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    event: row.event,
    generationId: row.generation_id,
    kind: row.kind,
    userId: row.user_id,
    userName: row.user_name,
    via: row.via,
    templateId: row.template_id,
    templateVersion: int(row.template_version),
    action: row.action,
    host: row.host,
    model: row.model,
    tokensIn: int(row.tokens_in),
    tokensOut: int(row.tokens_out),
    durationMs: int(row.duration_ms),
    outcome: row.outcome,
    errorCode: row.error_code,
    candidates: int(row.candidates),
    candidate: int(row.candidate),
    candidateOutcomes: row.candidate_outcomes === null ? null : row.candidate_outcomes.split(',').filter(Boolean),
    msSinceDone: int(row.ms_since_done),
    content: parseContent(row.content),
  };
}

function filtered<O>(qb: SelectQueryBuilder<Schema, 'audit_log', O>, f: AuditFilter): SelectQueryBuilder<Schema, 'audit_log', O> {
  let q = qb;
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  const user = f.user;
  if (user) q = q.where((eb) => eb.or([eb('user_id', '=', user), eb('user_name', '=', user)]));
  if (f.template) q = q.where('template_id', '=', f.template);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  return q;
}

export class AuditStore {
  private readonly db: Kysely<Schema>;

  constructor(database: Database) {
    this.db = database.db;
  }

  async insert(row: Insertable<AuditLogTable>): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  async findGeneration(generationId: string): Promise<AuditRow | undefined> {
    return this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('generation_id', '=', generationId)
      .where('event', '=', 'generation')
      .executeTakeFirst();
  }

  /** One page, newest first, and how many rows match in all. */
  async list(filter: AuditFilter, page: number, pageSize: number): Promise<{ entries: AuditEntry[]; total: number }> {
    const [rows, count] = await Promise.all([
      filtered(this.db.selectFrom('audit_log').selectAll(), filter)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      filtered(this.db.selectFrom('audit_log').select(sql<number>`cast(count(*) as integer)`.as('n')), filter).executeTakeFirstOrThrow(),
    ]);
    return { entries: rows.map(toEntry), total: Number(count.n) };
  }

  /** Every matching row, newest first, read in batches (keyset paging, so rows added meanwhile do not shift it). */
  async *scan(filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditEntry> {
    let after: { at: string; id: string } | undefined;
    for (;;) {
      let q = filtered(this.db.selectFrom('audit_log').selectAll(), filter);
      if (after) {
        const { at, id } = after;
        q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
      }
      const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(batchSize).execute();
      for (const row of rows) yield toEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return;
      after = { at: last.at, id: last.id };
    }
  }

  /** Deletes rows recorded before `before` (ISO); returns how many. */
  async deleteBefore(before: string): Promise<number> {
    const result = await this.db.deleteFrom('audit_log').where('at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** One store per database, made on first use (the store holds no state of its own). */
const stores = new WeakMap<Database, AuditStore>();

export function auditStore(database: Database): AuditStore {
  let store = stores.get(database);
  if (!store) {
    store = new AuditStore(database);
    stores.set(database, store);
  }
  return store;
}
