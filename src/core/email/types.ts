/**
 * Mail shapes shared by the Outlook adapter, the pane and the gateway. A message is untrusted
 * data from outside the organisation: it is cleaned and fenced, never followed.
 */
import type { Locale } from '../i18n/locale.js';

export interface MailAddress {
  name?: string;
  address: string;
}

/** What the pane reads from the open message (Outlook read mode) and posts to the gateway. */
export interface MailMessage {
  subject: string;
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  /** ISO 8601, when the host gives it. */
  date?: string;
  /** The body as plain text (Outlook's CoercionType.Text). */
  bodyText: string;
  /** The body as HTML, when the host gives it; hidden parts are dropped by the clean-up. */
  bodyHtml?: string;
}

/** Kinds of reply Wenshu can suggest for a message. */
export const REPLY_INTENTS = [
  'confirm',
  'decline',
  'ask_details',
  'propose_times',
  'acknowledge',
  'apologise',
  'thank',
] as const;
export type ReplyIntent = (typeof REPLY_INTENTS)[number];

export const REPLY_TONES = ['formal', 'friendly', 'concise'] as const;
export type ReplyTone = (typeof REPLY_TONES)[number];

export const REPLY_LENGTHS = ['short', 'medium', 'long'] as const;
export type ReplyLength = (typeof REPLY_LENGTHS)[number];

/** A thread reduced to what a reply needs, within a token budget. */
export interface CleanThread {
  subject: string;
  /** Display name or address of the newest message's sender. */
  sender?: string;
  /** The newest message, whole: quoted history, signature and disclaimers removed. */
  newest: string;
  /** One short line per earlier turn, oldest first. */
  digest: string[];
  /** The questions the newest message asks, verbatim. */
  questions: string[];
  /** The language the reply should be written in. */
  language: Locale;
  /** Estimated tokens of newest + digest. */
  tokens: number;
  /** True when the budget forced the newest message or the digest to be shortened. */
  trimmed: boolean;
}
