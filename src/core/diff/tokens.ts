/**
 * Splits text into the units a proofreading diff compares: each CJK character on its own
 * (Chinese has no spaces between words), words of letters and digits (don't, GB9704, v1.2,
 * 3,000.50: apostrophes join letters, `.`/`,` join digits), whitespace runs, and every other
 * character (punctuation) alone.
 * Concatenating the tokens always gives the text back.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF00-\\uFFEF';
const LETTER = `(?:(?![${CJK}])[\\p{L}\\p{M}])`;

const ALNUM = `(?:${LETTER}|\\p{N})`;
const WORD = `${ALNUM}+(?:(?:['’]${LETTER}|[.,]\\p{N})${ALNUM}*)*`;

const TOKEN = new RegExp([`[${CJK}]`, WORD, '\\s+', '[\\s\\S]'].join('|'), 'gu');

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Sentences and lines, each with its ending attached, for the coarse fallback: a piece ends
 * after a line break, after 。！？；, or after . ! ? ; followed by a space.
 */
const SENTENCE = /(?:[^\n。！？；.!?;]|[.!?;](?!\s|$))*(?:[\n。！？；]+|[.!?;]+(?:\s+|$)|$)/g;

export function splitSentences(text: string): string[] {
  const pieces = (text.match(SENTENCE) ?? []).filter((piece) => piece !== '');
  // Every character belongs to some piece; the check only guards the pattern itself.
  return pieces.join('') === text ? pieces : [text];
}
