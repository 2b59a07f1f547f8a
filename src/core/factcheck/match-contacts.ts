/**
 * Links, e-mail addresses and phone numbers: what a hostile mail most wants planted in a
 * reply. Each gets a canonical form (host in lower case without www., digits of a number).
 */
import { P, eachMatch, type Fact, type ScanContext } from './facts.js';

// A link ends at whitespace, CJK text or brackets that never occur unescaped in one.
const URL_BODY = '[^\\s<>"\'“”‘’「」『』《》【】\\u3000-\\u303f\\u4e00-\\u9fff\\uff0c\\uff1b]+';
const URL_SCHEME = new RegExp(`\\b(?:https?|ftp)://${URL_BODY}`, 'gi');
const URL_WWW = new RegExp(`(?<![\\w.@/-])www\\.${URL_BODY}`, 'gi');
// Bare domains only in lower case and with a common TLD, so ASP.NET or file.pdf stay prose.
const TLDS = 'com|cn|net|org|gov|edu|io|co|info|biz|me|top|xyz|app|dev|ai|uk|us|de|fr|jp|hk|tw|sg|site|online|shop|vip|cc|tv|link|club|ltd|tech|cloud';
const URL_BARE = new RegExp(
  `(?<![\\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})(?![\\w-])(?:[/?#]${URL_BODY})?`,
  'g',
);
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const PHONES = [
  // International: +44 20 7946 0958, 0086 10 1234 5678, +1 (800) 555-0199.
  /(?<![\w+])(?:\+|00)\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?!\d)/g,
  // Mainland mobile: 138 1234 5678, 138-1234-5678, 13812345678.
  /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g,
  // Landline with area code and optional extension: 010-12345678, (0755)1234567转8001.
  /(?<![\d-])(?:\(0\d{2,3}\)\s?|0\d{2,3}[\s-]?)\d{7,8}(?:\s?(?:转|ext\.?\s?|x|-)\d{1,6})?(?!\d)/g,
  // 400 / 800 service numbers: 400-123-4567.
  /(?<!\d)[48]00[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g,
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567, 1-800-555-0199.
  /(?<![\d+])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)/g,
];

/** Trailing punctuation belongs to the sentence, not the link (a ")" only if unbalanced). */
function trimLink(s: string): string {
  let out = s;
  for (;;) {
    const last = out.at(-1) ?? '';
    if (/[.,;:!?'"\]}]/.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

export function urlFact(link: string): Fact & { type: 'url' } {
  const bare = link.replace(/^(?:https?|ftp):\/\//i, '').replace(/^www\./i, '');
  const cut = bare.search(/[/?#]/);
  const host = (cut < 0 ? bare : bare.slice(0, cut)).toLowerCase().replace(/:\d+$/, '');
  const rest = (cut < 0 ? '' : bare.slice(cut)).replace(/\/+$/, '');
  return { type: 'url', canonical: host + rest, host, hasPath: rest !== '' };
}

/** Every way the same number could be written: country code or not, trunk 0 or not. */
export function phoneFact(raw: string): Fact & { type: 'phone' } {
  const main = raw.replace(/(?:转|ext\.?|x)\s?\d{1,6}$/i, '');
  let digits = main.replace(/\D/g, '');
  const variants = new Set([digits]);
  const international = /^\s*(?:\+|00)/.test(main);
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    variants.add(digits);
    for (const cc of [1, 2, 3]) {
      const rest = digits.slice(cc);
      if (rest.length < 6) continue;
      variants.add(rest);
      if (!rest.startsWith('0')) variants.add(`0${rest}`);
    }
  }
  // 1-800-555-0199 and (800) 555-0199 are the same North American number.
  if (/^\s*1[\s.-]/.test(main) && digits.length === 11) variants.add(digits.slice(1));
  if (!international && /^\d{10}$/.test(digits) && !digits.startsWith('0')) variants.add(`1${digits}`);
  // The local part of a landline, for drafts that leave out the area code.
  const local = /^0\d{9,11}$/.test(digits) ? [digits.slice(-8), digits.slice(-7)] : [];
  return { type: 'phone', variants: [...variants], local };
}

export function matchContacts(ctx: ScanContext): void {
  const { text, emit } = ctx;
  const link = (priority: number) => (m: RegExpExecArray) => {
    const s = trimLink(m[0]);
    if (!/[a-z]/i.test(s.replace(/^(?:https?|ftp):\/\//i, ''))) return;
    emit({ start: m.index, end: m.index + s.length, priority, found: { reason: 'url', facts: [urlFact(s)] } });
  };
  eachMatch(URL_SCHEME, text, link(P.urlScheme));
  eachMatch(URL_WWW, text, link(P.urlBare));
  eachMatch(URL_BARE, text, link(P.urlBare));
  eachMatch(EMAIL, text, (m) => {
    const s = m[0].replace(/\.+$/, '');
    emit({ start: m.index, end: m.index + s.length, priority: P.email, found: { reason: 'email', facts: [{ type: 'email', address: s.toLowerCase() }] } });
  });
  for (const re of PHONES) {
    eachMatch(re, text, (m) => {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 7 || digits > 16) return;
      emit({ start: m.index, end: m.index + m[0].length, priority: P.phone, found: { reason: 'phone', facts: [phoneFact(m[0])] } });
    });
  }
}
