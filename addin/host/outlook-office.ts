/**
 * The Office global as the Outlook adapter uses it: callback calls as promises that reject with
 * HostErrors, run-time requirement-set checks, the open item, and Office's theme and language.
 */
import { toOutlookError } from './outlook-errors.js';
import { HostError, type HostTheme } from './types.js';

/** Mailbox requirement sets the adapter asks about. */
export type MailboxVersion = '1.1' | '1.2' | '1.3' | '1.9';

/**
 * Whether this Outlook supports Mailbox `version`. Clients too old to answer
 * isSetSupported are taken at the manifest's floor, 1.1.
 */
export function mailboxAtLeast(version: MailboxVersion): boolean {
  if (typeof Office === 'undefined' || !Office.context) return false;
  const requirements = Office.context.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return version === '1.1';
  try {
    return requirements.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
}

/** The open message or draft; host_unavailable when Outlook has none (or office.js is missing). */
export function mailItem(): Record<string, unknown> {
  const item: unknown = typeof Office !== 'undefined' ? Office.context?.mailbox?.item : undefined;
  if (!item || typeof item !== 'object') throw new HostError('host_unavailable');
  return item as Record<string, unknown>;
}

/**
 * Read mode and compose mode share `Office.context.mailbox.item`; only a message being read has
 * a plain-string subject and the reply-form methods.
 */
export function isReadMode(item: Record<string, unknown>): boolean {
  return typeof item.subject === 'string' || typeof item.displayReplyForm === 'function';
}

function succeeded(status: unknown): boolean {
  if (status === 'succeeded') return true;
  const known = typeof Office !== 'undefined' ? Office.AsyncResultStatus?.Succeeded : undefined;
  return known !== undefined && status === known;
}

/**
 * One Outlook callback call as a promise. The callback runs inside Office's own dispatch, so it
 * only settles the promise: nothing in it can throw.
 */
export function outlookCall<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result && succeeded(result.status)) resolve(result.value);
        else reject(toOutlookError(result?.error ?? result));
      });
    } catch (err) {
      reject(toOutlookError(err));
    }
  });
}

export function officeLocale(): string | undefined {
  return typeof Office !== 'undefined' ? Office.context?.displayLanguage || undefined : undefined;
}

function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

/** Outlook's pane colours (Mailbox 1.3 and later give officeTheme); dark is judged from the background. */
export function officeTheme(): HostTheme | undefined {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  if (!theme?.bodyBackgroundColor) return undefined;
  return { dark: isDarkColour(theme.bodyBackgroundColor), background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor || undefined };
}
