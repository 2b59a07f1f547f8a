/**
 * Office failures as HostErrors. OfficeExtension.Error carries a string `code`; anything else
 * (a TypeError in our own code, a rejected promise without a code) becomes host_error, so the
 * pane never sees a raw Office error.
 */
import { HostError, MAX_SELECTION_CHARS, type HostErrorCode } from './types.js';

export type WordOperation = 'read' | 'write';

const BY_CODE: Record<string, HostErrorCode> = {
  // Protected, read-only, or opened in a mode where add-ins may not edit.
  AccessDenied: 'document_read_only',
  NotAllowed: 'document_read_only',
  // The range or paragraph we held went away because the document changed under us.
  ItemNotFound: 'edit_conflict',
  InvalidObjectPath: 'edit_conflict',
  Conflict: 'edit_conflict',
  InsertDeleteConflict: 'edit_conflict',
  // This Office cannot do it at all.
  ApiNotFound: 'not_supported',
  NotImplemented: 'not_supported',
  NotSupported: 'not_supported',
  UnsupportedOperation: 'not_supported',
  UnsupportedFeature: 'not_supported',
  // The session with Office is gone (Word on the web lost its connection, the pane outlived it).
  ConnectionFailure: 'host_unavailable',
  InvalidRequestContext: 'host_unavailable',
  InvalidOrTimedOutSession: 'host_unavailable',
};

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function detailOf(err: unknown, code: string | undefined): string {
  const message = err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err) ? String((err as { message: unknown }).message) : String(err);
  const text = (message || code || 'unknown error').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export function toHostError(err: unknown, op: WordOperation): HostError {
  if (err instanceof HostError) return err;
  const code = codeOf(err);
  // Reading a huge selection overflows Office's 5 MB response limit before our own check runs.
  if (code === 'ResponsePayloadSizeLimitExceeded' && op === 'read') return new HostError('selection_too_large', { max: MAX_SELECTION_CHARS }, { cause: err });
  const mapped = code ? BY_CODE[code] : undefined;
  if (mapped) return new HostError(mapped, {}, { cause: err });
  // InvalidArgument, GeneralException, ActivityLimitReached and the rest: say what Office said.
  return new HostError('host_error', { detail: detailOf(err, code) }, { cause: err });
}
