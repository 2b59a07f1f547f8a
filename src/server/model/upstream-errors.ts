/**
 * Turns what the openai SDK and fetch throw into coded Wenshu errors, and decides which ones
 * are worth our single retry before the first token (refused connection, 429, 5xx). Timeouts and
 * cancellation are decided by the client from its own abort reasons, not here.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { WenshuError } from '../../core/errors/codes.js';
import { retryAfterMs } from './retry-after.js';

export interface Classified {
  error: WenshuError;
  /** Safe and useful to try once more (only ever used before the first token). */
  retry: boolean;
  /** How long to wait before that retry; undefined means "our default pause". */
  delayMs?: number;
}

export interface ClassifyContext {
  baseURL: string;
  maxRetryAfterMs: number;
  /** For the SDK's own timeout, a backstop that only fires if ours somehow did not. */
  timeoutSeconds: number;
}

/** Network error codes that say "nobody answered this time", worth one more try. */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** An error before any response arrived, or an HTTP error status. */
export function classifyRequestError(err: unknown, ctx: ClassifyContext): Classified {
  if (err instanceof APIConnectionTimeoutError) {
    return { error: new WenshuError('model_timeout', 504, { seconds: ctx.timeoutSeconds }), retry: false };
  }
  if (err instanceof APIConnectionError) {
    return { error: unreachable(ctx.baseURL), retry: TRANSIENT.has(causeCode(err) ?? '') };
  }
  if (err instanceof APIError && typeof err.status === 'number') return classifyStatus(err, ctx);
  if (err instanceof APIError) return { error: inStreamError(err), retry: false };
  return { error: unreachable(ctx.baseURL), retry: TRANSIENT.has(causeCode(err) ?? '') };
}

/** An error while reading a stream that had started: in-stream error objects and bad JSON are model errors; a broken connection is a cut-off. */
export function classifyBodyError(err: unknown): Classified {
  if (err instanceof APIError && err.status === undefined && !(err instanceof APIConnectionError)) {
    return { error: inStreamError(err), retry: false };
  }
  if (err instanceof SyntaxError) {
    return { error: new WenshuError('model_error', 502, { status: 'invalid stream data' }), retry: false };
  }
  // Reset or closed mid-body: nothing arrived yet means nothing lost, so one retry is safe.
  return { error: new WenshuError('model_cut_off', 502), retry: true };
}

function classifyStatus(err: APIError, ctx: ClassifyContext): Classified {
  const status = err.status as number;
  if (status === 429) {
    const wait = retryAfterMs(err.headers);
    const seconds = Math.max(1, Math.ceil((wait ?? 10_000) / 1000));
    const error = new WenshuError('model_rate_limited', 503, { seconds });
    // Waiting longer than the cap would hold the user's request hostage; tell them instead.
    return wait === undefined || wait <= ctx.maxRetryAfterMs ? { error, retry: true, delayMs: wait } : { error, retry: false };
  }
  if (status === 401 || status === 403) {
    return { error: new WenshuError('model_unauthorized', 502, { status }), retry: false };
  }
  return { error: new WenshuError('model_error', 502, { status }), retry: status >= 500 };
}

function inStreamError(err: APIError): WenshuError {
  const detail = err.code ?? err.type ?? 'error';
  return new WenshuError('model_error', 502, { status: `in-stream ${String(detail)}` });
}

export function unreachable(url: string): WenshuError {
  return new WenshuError('model_unreachable', 502, { url });
}

/** fetch wraps the socket error: TypeError('fetch failed', {cause: {code: 'ECONNREFUSED'}}), sometimes twice. */
function causeCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // AggregateError (happy-eyeballs tried several addresses) carries the codes in `errors`.
    const inner = (e as { errors?: unknown[] }).errors?.[0];
    e = (e as { cause?: unknown }).cause ?? inner;
  }
  return undefined;
}
