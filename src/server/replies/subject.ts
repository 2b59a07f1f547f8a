/** The subject line of a reply: the thread's subject once, behind one reply prefix. */
import type { Locale } from '../../core/i18n/locale.js';

/** Reply prefixes Outlook and other clients add, in the languages Wenshu's users meet. */
const REPLY_PREFIX = /^\s*(?:(?:re|aw|sv|antw|回复|答复|回覆)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;

export function replySubject(subject: string, locale: Locale): string {
  const base = subject.replace(/\s+/g, ' ').replace(REPLY_PREFIX, '').trim();
  return locale === 'zh-CN' ? `回复：${base}` : `Re: ${base}`;
}
