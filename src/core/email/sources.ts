/**
 * The fact-check sources for a reply (see core/factcheck): what the user typed into the form is
 * trusted; the received mail is passed as `{text, untrusted: true}`, so it backs the numbers,
 * dates and names a reply restates, but a link, e-mail address or phone number found only in
 * the mail keeps its "please verify" mark: that is what a hostile mail wants in the reply.
 *
 * Two more things in the mail never vouch for a reply, so they are masked out of its source text
 * before indexing:
 * - payment details (account and card numbers after words such as 账号 / account, IBANs,
 *   SWIFT codes): a reply that repeats them is marked, like a planted address;
 * - numbers the mail introduces as phone numbers that the fact check cannot read as phones
 *   (so they would count as ordinary numbers the mail backs);
 * - talk of attachments: the mail saying "attach the contract" must not make the reply's
 *   "I have attached the contract" look backed. Only the form can back an attachment.
 *
 * The mail's text is what its reader sees, as `cleanThread` reads it (`messageText`): the visible
 * text of the HTML body when there is one (hidden parts dropped, as the model never sees them
 * either), else the plain-text body; quoted history stays in, since a reply may restate it.
 */
import { findUnverified, type SourceInput } from '../factcheck/index.js';
import { messageText } from './clean.js';
import type { MailAddress, MailMessage } from './types.js';

/** Stand-in for masked text: no scanner reads anything into it. */
const MASK = '\u2591';

/** Words that introduce a payment account, in either language. */
const ACCOUNT_WORDS =
  '账号|帐号|账户|帐户|卡号|收款|汇款|转账|户名|开户|银行|account|acct|a/c|iban|swift|bic|routing|sort\\s*code|beneficiary|bank|remit|wire';
/** A run of at least 8 digits, possibly grouped by spaces or hyphens (an account or card number). */
const DIGIT_RUN = '\\d(?:[ \\u00a0-]?\\d){7,}';
// The number follows the word closely, within the same sentence.
const ACCOUNT_AFTER_WORD = new RegExp(`((?:${ACCOUNT_WORDS})[^\\n\\d。；;！？!?]{0,24}?)(${DIGIT_RUN})`, 'giu');
/** 2024-08-15 after 汇款 is a date, not an account. */
const DATE_START = /^(?:19|20)\d{2}[-/ ]\d{1,2}[-/ ]\d{1,2}(?!\d)/;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const SWIFT = /(\b(?:swift|bic)\b[^\n\w]{0,12})([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/gi;

/** Words that introduce a phone number, and a run of 7+ digits written the many ways people do. */
const PHONE_WORDS = '电话|热线|致电|手机|座机|传真|联系方式|tel|phone|call|fax|mobile|hotline|whatsapp';
const PHONE_AFTER_WORD = new RegExp(`((?:${PHONE_WORDS})[^\\n\\d。；;！？!?]{0,16}?)([+(]?\\d(?:[ \\u00a0().-]{0,2}\\d){6,})`, 'giu');

/** Vocabulary the fact check reads as "an attachment was mentioned" (and file names). */
const ATTACHMENT_WORDS = /附件|附表|附图|随附|附上|附后|另附|随函|随信附|附[:：]|attach\w*|enclos\w*|herewith|\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|png|jpe?g|txt|csv|wps|ofd)\b/gi;

function mask(text: string): string {
  return MASK.repeat(Math.min(text.length, 4));
}

/**
 * A number the mail calls a phone number but the fact check reads as plain numbers (0755-8666-2233)
 * would back the reply's copy of it as "numbers from the mail": mask those. One the fact check
 * reads as a phone stays, so its mark can say it came from the mail.
 */
function maskUnreadPhone(m: string, lead: string, digits: string): string {
  if (DATE_START.test(digits)) return m;
  const read = findUnverified(digits, []);
  const asPhone = read.length === 1 && read[0]!.kind === 'phone' && read[0]!.text.length === digits.length;
  return asPhone ? m : lead + mask(digits);
}

/** The mail's text with payment details, unreadable phone numbers and attachment talk masked. */
export function maskMailSource(text: string): string {
  return text
    .replace(ACCOUNT_AFTER_WORD, (m, lead: string, digits: string) => (DATE_START.test(digits) ? m : lead + mask(digits)))
    .replace(PHONE_AFTER_WORD, maskUnreadPhone)
    .replace(IBAN, (m) => mask(m))
    .replace(SWIFT, (_m, lead: string, code: string) => lead + mask(code))
    .replace(ATTACHMENT_WORDS, (m) => mask(m));
}

function addressLine(a: MailAddress): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** What the reader of the mail sees: headers, then the visible body. */
export function mailReaderText(message: MailMessage): string {
  const lines = [message.subject];
  if (message.from) lines.push(addressLine(message.from));
  for (const a of [...message.to, ...message.cc]) lines.push(addressLine(a));
  if (message.date) lines.push(message.date);
  lines.push(messageText(message));
  return lines.filter(Boolean).join('\n');
}

function valueTexts(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
  if (Array.isArray(value)) return value.flatMap(valueTexts);
  return [];
}

export interface ReplySourceOptions {
  /** Today's date (YYYY-MM-DD), when a reply may state it. */
  today?: string;
}

/**
 * The sources to check a reply against: each form value (trusted), today's date when given,
 * and the mail (untrusted, masked as described above).
 */
export function replySources(message: MailMessage, values: Readonly<Record<string, unknown>> = {}, options: ReplySourceOptions = {}): SourceInput[] {
  const sources: SourceInput[] = Object.values(values).flatMap(valueTexts);
  if (options.today) sources.push(options.today);
  sources.push({ text: maskMailSource(mailReaderText(message)), untrusted: true });
  return sources;
}
