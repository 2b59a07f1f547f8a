/**
 * The admin console's view of the audit (GET /api/admin/audit, its CSV export) and of the
 * usage report built from it (GET /api/admin/usage). Shapes mirror the gateway's answers.
 */
import type { Locale, Localized } from '../../src/core/i18n/locale.js';
import { adminRequest } from './admin-http.js';
import { authHeaders } from './credentials.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export const AUDIT_KINDS = ['draft', 'revision', 'reply'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_OUTCOMES = ['done', 'error', 'cancelled', 'cut_off', 'accepted', 'discarded'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditContent {
  messages: { role: string; content: string }[];
  outputs: string[];
  truncated: boolean;
}

/** One audit row: a generation, or the accept/discard the pane reported for one. */
export interface AuditEntry {
  id: string;
  at: string;
  event: 'generation' | 'accepted' | 'discarded';
  generationId: string;
  kind: AuditKind;
  userId: string;
  userName: string | null;
  via: string | null;
  templateId: string | null;
  templateVersion: number | null;
  action: string | null;
  host: string | null;
  model: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  durationMs: number | null;
  outcome: AuditOutcome;
  errorCode: string | null;
  candidates: number | null;
  candidate: number | null;
  candidateOutcomes: string[] | null;
  msSinceDone: number | null;
  content: AuditContent | null;
}

/** The list's filters; dates are local days (YYYY-MM-DD), `to` inclusive. */
export interface AuditFilters {
  from?: string;
  to?: string;
  user?: string;
  template?: string;
  kind?: AuditKind;
  outcome?: AuditOutcome;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DailyUsage {
  date: string;
  generated: number;
  accepted: number;
}

export interface TemplateUsage {
  templateId: string;
  name: Partial<Localized> | null;
  generated: number;
  accepted: number;
  discarded: number;
  failed: number;
  acceptanceRate: number | null;
  medianMsToAccept: number | null;
  daily: DailyUsage[];
}

export interface UsageReport {
  from: string;
  to: string;
  totals: { generated: number; accepted: number; discarded: number; failed: number; acceptanceRate: number | null };
  templates: TemplateUsage[];
}

/** `?from=…&user=…` with the empty filters left out (the gateway refuses empty values). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = String(value).trim();
    if (text) q.set(key, text);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function listAudit(filters: AuditFilters, page: number, pageSize: number, locale: Locale, signal?: AbortSignal): Promise<AuditPage> {
  return adminRequest('GET', `/api/admin/audit${queryString({ ...filters, page, pageSize })}`, { locale, signal });
}

export function getUsage(range: { from: string; to: string }, locale: Locale, signal?: AbortSignal): Promise<UsageReport> {
  return adminRequest('GET', `/api/admin/usage${queryString(range)}`, { locale, signal });
}

export interface Download {
  blob: Blob;
  filename: string;
}

/** The name in `Content-Disposition: attachment; filename="…"`, else the fallback. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1]?.trim() || fallback;
}

/**
 * Every entry that matches the filters, as the gateway's CSV. Fetched rather than linked, so
 * the request carries the sign-in's Authorization header and a refusal shows as an error.
 */
export async function downloadAuditCsv(filters: AuditFilters, locale: Locale, signal?: AbortSignal): Promise<Download> {
  let res: Response;
  try {
    res = await fetch(`/api/admin/audit.csv${queryString({ ...filters })}`, {
      headers: { Accept: 'text/csv', 'Accept-Language': locale, ...authHeaders() },
      signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition'), 'wenshu-audit.csv') };
}
