/**
 * Query filters shared by the audit list, its CSV export and the usage report. A bare date
 * (YYYY-MM-DD) means the gateway's local day, whole: `from` at its start, `to` at its end; a
 * date-time with a zone is taken as written.
 */
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { AUDIT_KINDS, AUDIT_OUTCOMES } from '../../core/audit/api.js';
import type { AuditOutcome, GenerationKind } from '../db/schema.js';
import { RETENTION_DAYS } from './settings.js';

export const GENERATION_KINDS = AUDIT_KINDS;
export const OUTCOMES = AUDIT_OUTCOMES;

export const when = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/);

export const auditQuery = z
  .object({
    from: when.optional(),
    to: when.optional(),
    user: z.string().trim().min(1).max(200).optional(),
    template: z.string().trim().min(1).max(100).optional(),
    kind: z.enum(GENERATION_KINDS).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditFilter {
  /** Inclusive ISO instant. */
  from?: string;
  /** Exclusive ISO instant. */
  to?: string;
  /** Matches the user id or the user name exactly. */
  user?: string;
  template?: string;
  kind?: GenerationKind;
  outcome?: AuditOutcome;
}

/** The gateway's local date of an instant, YYYY-MM-DD. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `end`: a bare date stands for the end of that day, i.e. the start of the next one. */
export function instant(value: string, end: boolean): Date | undefined {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = bare ? new Date(Number(bare[1]), Number(bare[2]) - 1, Number(bare[3]) + (end ? 1 : 0)) : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export interface Range {
  from?: Date;
  to?: Date;
}

/** Refuses from ≥ to and ranges longer than maxDays. */
export function checkRange(from: Date, to: Date, maxDays: number): void {
  // An hour of slack: a range of whole local days may span a daylight-saving change.
  if (from >= to || to.getTime() - from.getTime() > maxDays * 86_400_000 + 3_600_000) {
    throw new WenshuError('audit_range_invalid', 400, { days: maxDays });
  }
}

/** Parses from/to; refuses unparsable instants, from ≥ to, and ranges longer than maxDays. */
export function parseRange(from: string | undefined, to: string | undefined, maxDays: number = RETENTION_DAYS.max): Range {
  const parse = (value: string, end: boolean): Date => {
    const d = instant(value, end);
    if (!d) throw new WenshuError('audit_range_invalid', 400, { days: maxDays });
    return d;
  };
  const range: Range = {};
  if (from !== undefined) range.from = parse(from, false);
  if (to !== undefined) range.to = parse(to, true);
  if (range.from && range.to) checkRange(range.from, range.to, maxDays);
  return range;
}

export function toFilter(query: Omit<AuditQuery, 'page' | 'pageSize'>): AuditFilter {
  const range = parseRange(query.from, query.to);
  return {
    ...(range.from ? { from: range.from.toISOString() } : {}),
    ...(range.to ? { to: range.to.toISOString() } : {}),
    ...(query.user ? { user: query.user } : {}),
    ...(query.template ? { template: query.template } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
  };
}
