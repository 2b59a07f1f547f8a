/**
 * The gateway's reply routes, typed: POST /api/replies/intents (what replies fit the open
 * message) and POST /api/replies (one reply, streamed like /api/drafts). The message is sent
 * as read; the gateway cleans and fences it. Answers are checked, not trusted.
 */
import { authHeaders } from './credentials.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { REPLY_INTENTS, type MailMessage, type ReplyIntent, type ReplyLength, type ReplyTone } from '../../src/core/email/types.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';
import { postStream, type StreamOptions, type StreamOutcome } from './stream.js';
import type { AuditHost } from '../../src/core/audit/types.js';

/** At most this many intents are offered as suggested replies. */
export const MAX_SUGGESTED_INTENTS = 3;

export interface IntentSuggestion {
  intent: ReplyIntent;
  /** The gateway's label, in the language asked for. */
  label: string;
}

export interface ReplyIntents {
  /** The language the replies will be written in (the message's). */
  language: Locale;
  intents: IntentSuggestion[];
  /** The reply's subject line. */
  subject: string;
  /** Questions the message asks, verbatim. */
  questions: string[];
}

export interface ReplyRequest {
  message: MailMessage;
  intent: ReplyIntent;
  tone: ReplyTone;
  length: ReplyLength;
  locale: Locale;
  templateId?: string;
  fields?: Record<string, unknown>;
  n?: number;
  /** Where the pane runs, for the audit. */
  host?: AuditHost;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntent = (v: unknown): v is ReplyIntent => typeof v === 'string' && (REPLY_INTENTS as readonly string[]).includes(v);

/** Keeps what the pane understands: known intents, once each, at most three; text fields as strings. */
export function parseReplyIntents(body: unknown, fallbackLanguage: Locale): ReplyIntents {
  const data = isObject(body) ? body : {};
  const language = LOCALES.find((l) => l === data.language) ?? fallbackLanguage;
  const seen = new Set<ReplyIntent>();
  const intents: IntentSuggestion[] = [];
  for (const item of Array.isArray(data.intents) ? data.intents : []) {
    if (!isObject(item) || !isIntent(item.intent) || seen.has(item.intent)) continue;
    seen.add(item.intent);
    intents.push({ intent: item.intent, label: labelText(item.label, language) });
    if (intents.length === MAX_SUGGESTED_INTENTS) break;
  }
  const questions = Array.isArray(data.questions) ? data.questions.filter((q): q is string => typeof q === 'string' && q.trim() !== '') : [];
  return { language, intents, subject: typeof data.subject === 'string' ? data.subject : '', questions };
}

/** A label may come as text or in both languages. */
function labelText(label: unknown, locale: Locale): string {
  if (typeof label === 'string') return label;
  if (isObject(label)) {
    const text = label[locale] ?? label['en-US'] ?? label['zh-CN'];
    if (typeof text === 'string') return text;
  }
  return '';
}

export async function fetchReplyIntents(message: MailMessage, locale: Locale, signal?: AbortSignal): Promise<ReplyIntents> {
  let res: Response;
  try {
    res = await fetch('/api/replies/intents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': locale, ...authHeaders() },
      body: JSON.stringify({ message, locale }),
      signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return parseReplyIntents(await res.json(), locale);
}

export function streamReply(request: ReplyRequest, opts: Omit<StreamOptions, 'locale'>): Promise<StreamOutcome> {
  return postStream('/api/replies', request, { ...opts, locale: request.locale });
}
