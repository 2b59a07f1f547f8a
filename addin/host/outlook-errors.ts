/**
 * Outlook failures as HostErrors. Outlook's callbacks report an Office.Error with a numeric
 * `code` and a `name`; both are looked at because older clients fill only one of them well.
 * Anything unrecognised becomes host_error carrying what Office said.
 */
import { HostError, type HostErrorCode } from './types.js';

const BY_NAME: Record<string, HostErrorCode> = {
  // The user moved to another message, or typed, while the call ran.
  APICallFailedDueToItemChange: 'edit_conflict',
  CursorPositionChanged: 'edit_conflict',
  ItemNotFound: 'edit_conflict',
  // The item or mailbox does not allow this add-in to change it.
  AccessRestricted: 'document_read_only',
  InsufficientItemPermissionsError: 'document_read_only',
  MissingExtendedPermissionsForAPIError: 'document_read_only',
  PermissionDenied: 'document_read_only',
  // This Outlook, or this place in Outlook, cannot do it.
  ApiCallNotSupportedByExtensionPoint: 'not_supported',
  APINotSupportedForSharedFolders: 'not_supported',
  InvalidCoercion: 'not_supported',
  // Outlook lost its connection or its session with the pane.
  NetworkError: 'host_unavailable',
};

const BY_CODE: Record<number, HostErrorCode> = {
  9030: 'edit_conflict',
  9014: 'edit_conflict',
  9049: 'edit_conflict',
  9017: 'document_read_only',
  9038: 'document_read_only',
  9047: 'document_read_only',
  // Office's common "permission denied".
  7000: 'document_read_only',
  9032: 'not_supported',
  9055: 'not_supported',
  1000: 'not_supported',
  9041: 'host_unavailable',
};

interface OfficeErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

function detailOf(err: OfficeErrorLike | undefined): string {
  const parts = [err?.message, err?.name, err?.code].filter((p) => (typeof p === 'string' && p.trim() !== '') || typeof p === 'number');
  const text = String(parts[0] ?? 'unknown error').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** An Office.Error from an AsyncResult, a thrown exception, or anything else. */
export function toOutlookError(err: unknown): HostError {
  if (err instanceof HostError) return err.forMail();
  const e = typeof err === 'object' && err !== null ? (err as OfficeErrorLike) : { message: err };
  const byName = typeof e.name === 'string' ? BY_NAME[e.name] : undefined;
  const byCode = typeof e.code === 'number' ? BY_CODE[e.code] : undefined;
  const mapped = byName ?? byCode;
  if (mapped) return new HostError(mapped, {}, { cause: err, mail: true });
  return new HostError('host_error', { detail: detailOf(e) }, { cause: err, mail: true });
}

/** Wraps an adapter method so whatever it throws reaches the pane as a mail-worded HostError. */
export function mailErrors<A extends unknown[], R>(method: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await method(...args);
    } catch (err) {
      throw toOutlookError(err);
    }
  };
}
