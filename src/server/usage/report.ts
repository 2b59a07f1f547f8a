/**
 * Usage per template, from the audit log: drafts generated in the range, how many of those the
 * user accepted or discarded, the acceptance rate, the median time from `done` to accept, and
 * a daily series for a chart. Counted per generation (one request, 1–3 candidates), so
 * accepted + discarded never exceeds generated. Plain SQL that SQLite and PostgreSQL both run
 * (window functions for the median, integer casts so pg returns numbers, not strings).
 */
import { ADMIN_TEST_ACTION } from '../../core/audit/types.js';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import type { TemplateUsage, UsageReport } from '../../core/audit/api.js';

export type { DailyUsage, TemplateUsage, UsageReport } from '../../core/audit/api.js';

interface CountRow {
  template_id: string;
  generated: number;
  accepted: number;
  discarded: number;
  failed: number;
}

const rate = (accepted: number, generated: number): number | null => (generated > 0 ? accepted / generated : null);

/** Every local date from `from` to the last instant before `to`. */
function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const last = new Date(to.getTime() - 1);
  while (d <= last) {
    days.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
    d.setDate(d.getDate() + 1);
  }
  return days;
}

export async function usageReport(database: Database, from: Date, to: Date): Promise<UsageReport> {
  const db: Kysely<Schema> = database.db;
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  // Staff's draft generations in the range (an admin's test runs are not usage); `accepted` and
  // `discarded` look at events at any later time.
  const inRange = sql`g.event = 'generation' and g.kind = 'draft' and g.template_id is not null and (g.action is null or g.action <> ${ADMIN_TEST_ACTION}) and g.at >= ${fromIso} and g.at < ${toIso}`;
  const wasAccepted = sql`exists (select 1 from audit_log a where a.generation_id = g.generation_id and a.event = 'accepted')`;
  const wasDiscarded = sql`exists (select 1 from audit_log d where d.generation_id = g.generation_id and d.event = 'discarded')`;

  const counts = await sql<CountRow>`
    select g.template_id as template_id,
      cast(count(*) as integer) as generated,
      cast(sum(case when ${wasAccepted} then 1 else 0 end) as integer) as accepted,
      cast(sum(case when ${wasDiscarded} and not ${wasAccepted} then 1 else 0 end) as integer) as discarded,
      cast(sum(case when g.outcome = 'error' then 1 else 0 end) as integer) as failed
    from audit_log g
    where ${inRange}
    group by g.template_id`.execute(db);

  const medians = await sql<{ template_id: string; median: number | string }>`
    with accepts as (
      select g.template_id as template_id, a.ms_since_done as ms
      from audit_log g
      join audit_log a on a.generation_id = g.generation_id and a.event = 'accepted'
      where ${inRange} and a.ms_since_done is not null
    ), ranked as (
      select template_id, ms,
        row_number() over (partition by template_id order by ms) as rn,
        count(*) over (partition by template_id) as cnt
      from accepts
    )
    select template_id, avg(ms) as median
    from ranked
    where rn = (cnt + 1) / 2 or rn = (cnt + 2) / 2
    group by template_id`.execute(db);

  const daily = await sql<{ template_id: string; day: string; generated: number; accepted: number }>`
    select g.template_id as template_id, g.day as day,
      cast(count(*) as integer) as generated,
      cast(sum(case when ${wasAccepted} then 1 else 0 end) as integer) as accepted
    from audit_log g
    where ${inRange}
    group by g.template_id, g.day`.execute(db);

  const ids = counts.rows.map((r) => r.template_id);
  const names = ids.length
    ? await db.selectFrom('templates').select(['id', 'name_zh', 'name_en']).where('id', 'in', ids).execute()
    : [];
  const nameOf = new Map(names.map((n) => [n.id, { ...(n.name_zh ? { 'zh-CN': n.name_zh } : {}), ...(n.name_en ? { 'en-US': n.name_en } : {}) }]));
  const medianOf = new Map(medians.rows.map((m) => [m.template_id, Math.round(Number(m.median))]));
  const days = daysBetween(from, to);

  const templates = counts.rows
    .map((r): TemplateUsage => {
      const generated = Number(r.generated);
      const accepted = Number(r.accepted);
      const byDay = new Map(daily.rows.filter((d) => d.template_id === r.template_id).map((d) => [d.day, d]));
      return {
        templateId: r.template_id,
        name: nameOf.get(r.template_id) ?? null,
        generated,
        accepted,
        discarded: Number(r.discarded),
        failed: Number(r.failed),
        acceptanceRate: rate(accepted, generated),
        medianMsToAccept: medianOf.get(r.template_id) ?? null,
        daily: days.map((date) => ({ date, generated: Number(byDay.get(date)?.generated ?? 0), accepted: Number(byDay.get(date)?.accepted ?? 0) })),
      };
    })
    .sort((a, b) => b.generated - a.generated || a.templateId.localeCompare(b.templateId));

  const total = (key: 'generated' | 'accepted' | 'discarded' | 'failed') => templates.reduce((n, t) => n + t[key], 0);
  return {
    from: fromIso,
    to: toIso,
    totals: { generated: total('generated'), accepted: total('accepted'), discarded: total('discarded'), failed: total('failed'), acceptanceRate: rate(total('accepted'), total('generated')) },
    templates,
  };
}
