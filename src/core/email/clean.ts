/**
 * `cleanThread`: a mail reduced to what a reply needs. The newest message stays whole but for its
 * signature and legal notices; the few turns before it become one digest line each (oldest
 * first) and older ones are only counted (digest.ts); the newest message's questions are listed
 * verbatim; the language is read from its script; and the whole fits the token budget: the
 * digest shows fewer turns first, then budget.ts drops the rest and cuts the newest message.
 */
import { fitBudget, threadTokens } from './budget.js';
import { DIGEST_TURNS, digestLines, digestOf } from './digest.js';
import { splitHistory } from './history.js';
import { htmlToText } from './html-text.js';
import { detectLanguage } from './language.js';
import { normaliseText } from './normalise.js';
import { extractQuestions } from './questions.js';
import { stripSignature } from './signature.js';
import type { CleanThread, MailMessage } from './types.js';

export interface CleanOptions {
  /** Most tokens (estimateTokens) the newest message and the digest may take together. */
  budgetTokens: number;
}

/** The visible text of a message: its HTML when the host gave it, else its plain text. */
export function messageText(message: Pick<MailMessage, 'bodyHtml' | 'bodyText'>): string {
  return normaliseText(message.bodyHtml?.trim() ? htmlToText(message.bodyHtml) : message.bodyText);
}

export function cleanThread(message: MailMessage, opts: CleanOptions): CleanThread {
  const { newest: ownText, earlier } = splitHistory(messageText(message));
  const newest = stripSignature(ownText);
  const questions = extractQuestions(newest);
  const subject = message.subject.replace(/\s+/g, ' ').trim();
  const language = detectLanguage(newest, subject, earlier.map((t) => t.text).join('\n'));
  const lines = digestLines(earlier, language);
  // Over budget, the oldest line shown goes first and joins the count of turns not shown.
  let shown = Math.min(DIGEST_TURNS, lines.length);
  let digest = digestOf(lines, language, shown);
  while (shown > 0 && threadTokens(newest, digest) > opts.budgetTokens) digest = digestOf(lines, language, --shown);
  const fitted = fitBudget(newest, digest, questions, opts.budgetTokens);
  const sender = message.from?.name?.trim() || message.from?.address.trim() || undefined;
  return {
    subject,
    ...(sender ? { sender } : {}),
    newest: fitted.newest,
    digest: fitted.digest,
    questions,
    language,
    tokens: fitted.tokens,
    trimmed: fitted.trimmed || shown < Math.min(DIGEST_TURNS, lines.length),
  };
}
