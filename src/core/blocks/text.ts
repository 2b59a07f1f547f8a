/**
 * Character classes the parser and serialisers share: CJK detection (Chinese text joins and
 * separates differently from English) and the run equality used to merge inline runs.
 */

/** Han, kana, CJK punctuation and full-width forms: scripts written without spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CJK.test(ch);
}

/** True when the text contains any CJK character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The last code point of a string ('' when empty). */
export function lastChar(text: string): string {
  if (text === '') return '';
  const code = text.charCodeAt(text.length - 1);
  // A trailing low surrogate belongs to a two-unit code point.
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** The first code point of a string ('' when empty). */
export function firstChar(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Joins two pieces of one logical line: Chinese needs no space between them, Latin text does.
 */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return isCjkChar(lastChar(a)) || isCjkChar(firstChar(b)) ? a + b : `${a} ${b}`;
}

/**
 * A hard-wrapped English sentence: the previous line stops mid-word-run (letter or digit, no
 * punctuation) and the next line carries on in lower case. Everything else — signature lines,
 * 公文 paragraphs, 落款 — keeps its own paragraph, because models do not hard-wrap prose.
 */
export function continuesSentence(previous: string, next: string): boolean {
  return /[A-Za-z0-9]$/.test(previous) && /^[a-z]/.test(next);
}
