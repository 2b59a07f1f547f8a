/**
 * `cleanThread`: a mail reduced to what a reply needs. The newest message stays whole but for its
 * signature and legal notices; each earlier turn becomes one digest line (oldest first); the
 * newest message's questions are listed verbatim; the language is read from its script; and the
 * whole fits the token budget (budget.ts).
 */
import { fitBudget } from './budget.js';
import { OLDER_WIDTH, RECENT_TURNS, RECENT_WIDTH, digestLine } from './digest.js';
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
  // `earlier` is newest first: the turns just before the newest message get the longer lines.
  const digest = earlier
    .map((turn, i) => digestLine(turn, language, i < RECENT_TURNS ? RECENT_WIDTH : OLDER_WIDTH))
    .filter((line): line is string => Boolean(line))
    .reverse();
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
    trimmed: fitted.trimmed,
  };
}
