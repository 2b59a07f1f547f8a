/**
 * What the audit screen shows of an entry and how its filter form becomes a query: pure
 * functions, tested without a browser.
 */
import type { Locale } from '../../../../src/core/i18n/locale.js';
import { AUDIT_KINDS, AUDIT_OUTCOMES, type AuditEntry, type AuditFilters, type AuditKind, type AuditOutcome } from '../../../api/admin-audit.js';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** The filter form as typed: every value a string, '' for "any". */
export interface FilterForm {
  from: string;
  to: string;
  user: string;
  template: string;
  kind: string;
  outcome: string;
}

export const EMPTY_FILTERS: FilterForm = { from: '', to: '', user: '', template: '', kind: '', outcome: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type FilterProblem = 'badDate' | 'fromAfterTo';

/** The form as query filters, or the reason it cannot be sent yet. */
export function toFilters(form: FilterForm): { filters: AuditFilters } | { problem: FilterProblem } {
  const from = form.from.trim();
  const to = form.to.trim();
  if ((from && !DAY.test(from)) || (to && !DAY.test(to))) return { problem: 'badDate' };
  if (from && to && from > to) return { problem: 'fromAfterTo' };
  const filters: AuditFilters = {};
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (form.user.trim()) filters.user = form.user.trim();
  if (form.template.trim()) filters.template = form.template.trim();
  if ((AUDIT_KINDS as readonly string[]).includes(form.kind)) filters.kind = form.kind as AuditKind;
  if ((AUDIT_OUTCOMES as readonly string[]).includes(form.outcome)) filters.outcome = form.outcome as AuditOutcome;
  return { filters };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** 1-based numbers of the first and last entry on a page, for "21–40 of 83". */
export function pageSpan(page: number, pageSize: number, total: number): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = (page - 1) * pageSize + 1;
  return { first: Math.min(first, total), last: Math.min(page * pageSize, total) };
}

/** What was used: `notice@3` for a draft, the revision action, or the reply. */
export function subjectOf(entry: Pick<AuditEntry, 'templateId' | 'templateVersion' | 'action' | 'kind'>): string {
  if (entry.templateId) return entry.templateVersion === null ? entry.templateId : `${entry.templateId}@${entry.templateVersion}`;
  if (entry.action) return entry.action;
  return entry.kind;
}

export function who(entry: Pick<AuditEntry, 'userName' | 'userId'>): string {
  return entry.userName || entry.userId;
}

/** Tokens in → out, with a dash for what the model server did not report. */
export function tokensText(entry: Pick<AuditEntry, 'tokensIn' | 'tokensOut'>, locale: Locale): string {
  const n = (v: number | null) => (v === null ? '–' : v.toLocaleString(locale));
  if (entry.tokensIn === null && entry.tokensOut === null) return '–';
  return `${n(entry.tokensIn)} → ${n(entry.tokensOut)}`;
}

/** 850 ms, 4.2 s, 3 min 05 s. */
export function durationText(ms: number | null, locale: Locale): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** Outcomes the table marks as bad, good or neutral. */
export function outcomeTone(outcome: AuditOutcome): 'danger' | 'success' | 'warning' | 'informative' {
  if (outcome === 'error') return 'danger';
  if (outcome === 'accepted' || outcome === 'done') return 'success';
  if (outcome === 'cut_off' || outcome === 'cancelled') return 'warning';
  return 'informative';
}
