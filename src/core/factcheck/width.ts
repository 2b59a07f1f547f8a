/**
 * Width folding and the compact form used for verbatim lookups (titles, quotes, codes).
 */

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ％, ：, ．, （）…) and the ideographic space become their
 * half-width forms, one code unit for one, so offsets into the folded text are offsets into
 * the original. The full-width comma stays: folded, 「分别为3，5」 would read as 3,5.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => {
    if (c === '\uFF0C') return c;
    if (c === '\u3000') return ' ';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/**
 * The form in which titles, quoted names and codes are looked up: width and compatibility
 * forms unified (NFKC), lower case, one kind of dash and apostrophe, no whitespace. Offsets are
 * not kept, so this is for comparing, never for marking.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/〈/g, '《')
    .replace(/〉/g, '》')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}
