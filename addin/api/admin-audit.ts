/**
 * The admin console's view of the audit (GET /api/admin/audit, its CSV export) and of the
 * usage report built from it (GET /api/admin/usage). The answers' shapes live in src/core.
 */
import type { AuditKind, AuditOutcome, AuditPage, UsageReport } from '../../src/core/audit/api.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { adminRequest } from './admin-http.js';
import { authHeaders } from './credentials.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export { AUDIT_KINDS, AUDIT_OUTCOMES } from '../../src/core/audit/api.js';
export type {
  AuditContent,
  AuditEntry,
  AuditKind,
  AuditOutcome,
  AuditPage,
  DailyUsage,
  TemplateUsage,
  UsageReport,
} from '../../src/core/audit/api.js';

/** The list's filters; dates are local days (YYYY-MM-DD), `to` inclusive. */
export interface AuditFilters {
  from?: string;
  to?: string;
  user?: string;
  template?: string;
  kind?: AuditKind;
  outcome?: AuditOutcome;
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
