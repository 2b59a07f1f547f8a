/**
 * What the message bar says for an error: a title and what to do, in the user's language,
 * from the pane's catalogue when it knows the code, else the gateway's own message.
 */
import type { Locale } from '../../src/core/i18n/locale.js';
import { isMessageKey, t } from '../i18n/messages.js';
import type { ErrorInfo } from '../state/suggestion.js';

export type ErrorIntent = 'error' | 'warning';

export interface ErrorText {
  title: string;
  body: string;
  intent: ErrorIntent;
}

/** Codes where the user keeps something useful and can carry on: a warning, not an error. */
const WARNINGS = new Set(['cancelled', 'interrupted', 'model_cut_off', 'model_timeout', 'connection_lost', 'queue_full', 'model_rate_limited', 'rate_limited']);

export function describeError(info: ErrorInfo, locale: Locale): ErrorText {
  const intent: ErrorIntent = WARNINGS.has(info.code) ? 'warning' : 'error';
  if (info.localized) return { title: t(locale, 'error.host.title'), body: info.localized[locale], intent };
  const title = `error.${info.code}.title`;
  const body = `error.${info.code}.body`;
  // With a Retry-After, codes that have an `.wait` text say how long: "try again in 42 seconds".
  const wait = `error.${info.code}.wait`;
  if (info.retryAfterSeconds !== undefined && isMessageKey(title) && isMessageKey(wait)) {
    return { title: t(locale, title), body: t(locale, wait, { seconds: info.retryAfterSeconds }), intent };
  }
  if (isMessageKey(title) && isMessageKey(body)) return { title: t(locale, title), body: t(locale, body), intent };
  return { title: t(locale, 'error.generic.title'), body: info.message || t(locale, 'error.generic.body'), intent };
}

/** Errors that a plain retry may fix. */
export const RETRYABLE = new Set([
  'gateway_unreachable',
  'connection_lost',
  'model_unreachable',
  'queue_full',
  'model_rate_limited',
  'rate_limited',
  'model_timeout',
  'model_error',
  'shutting_down',
  'internal',
]);

export const TEMPLATE_GONE = new Set(['template_not_found', 'template_not_published']);
