/**
 * Errors from the gateway keep its stable code (src/core/errors/codes.ts), so the pane can say
 * what to do in the user's language. Two codes are the pane's own: the gateway itself could
 * not be reached, and the connection dropped mid-stream.
 */
import { reportUnauthorized } from './credentials.js';

export interface FieldProblem {
  /** `fields.<key>` for form fields, `text` / `instruction` for revisions. */
  path: string;
  code: string;
  message: string;
}

export const CLIENT_CODES = { gatewayUnreachable: 'gateway_unreachable', connectionLost: 'connection_lost' } as const;

export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly problems: FieldProblem[] = [],
    /** From the answer's Retry-After (e.g. the per-user generation limit's 429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

function problemsOf(raw: unknown): FieldProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const { path, code, message } = p as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' ? [{ path, code: typeof code === 'string' ? code : 'invalid', message }] : [];
  });
}

/** Reads `{error: {code, message, problems?}}`; a proxy's HTML error page still gives a code. A 401 is announced. */
export async function errorFromResponse(res: Response): Promise<GatewayError> {
  if (res.status === 401) reportUnauthorized();
  const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown; problems?: unknown } } | null;
  const err = body?.error;
  const code = typeof err?.code === 'string' ? err.code : res.status >= 500 ? 'internal' : 'bad_request';
  const message = typeof err?.message === 'string' ? err.message : `HTTP ${res.status}`;
  return new GatewayError(code, message, res.status, problemsOf(err?.problems), retryAfterOf(res.headers.get('retry-after')));
}

/** Retry-After as whole seconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterOf(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : Math.ceil((Date.parse(trimmed) - now) / 1000);
  return Number.isFinite(seconds) ? Math.max(1, seconds) : undefined;
}

export function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}
