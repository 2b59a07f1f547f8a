/**
 * Model output sometimes carries stray HTML. It is never interpreted: formatting and structural
 * tags from a fixed list are dropped (block-ish ones such as <br> leave one space behind, so
 * "张三<br>李四" in a table cell does not become one name), and every other tag — <script>,
 * <img>, <iframe>, unknown ones — stays as literal text, which every renderer escapes.
 */
const BREAKING =
  'br|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|tfoot|caption|h[1-6]|blockquote|section|article|header|footer|nav|aside|main|hr|center|pre';
const INLINE =
  'b|strong|i|em|u|s|strike|del|ins|mark|span|font|sub|sup|small|big|a|code|tt|abbr|cite|q|kbd|var|samp|nobr|wbr';

const BREAKING_TAG = new RegExp(`</?(?:${BREAKING})(?:\\s[^<>]*)?/?>`, 'gi');
const INLINE_TAG = new RegExp(`</?(?:${INLINE})(?:\\s[^<>]*)?/?>`, 'gi');

/** Stands in for a dropped block-ish tag: a Unicode noncharacter, never part of real text. */
const MARK = '\uFFFF';

function dropOnce(line: string): string {
  return line
    .replace(BREAKING_TAG, MARK)
    .replace(INLINE_TAG, '')
    .replace(/\s*\uFFFF[\uFFFF\s]*/g, ' ');
}

/** Nested leftovers (`<<b>b>`) need a pass each; past this many the line is adversarial. */
const MAX_PASSES = 16;

/**
 * Removes the listed tags until none is left, so `<<b>b>` cannot leave a `<b>` behind: the
 * result is stable when parsed again, which round-tripping relies on. A line that keeps
 * producing new tags after many passes has its remaining `<` turned into `‹`, which ends it.
 */
export function dropHtmlTags(line: string): string {
  if (!line.includes('<')) return line;
  let current = line;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = dropOnce(current);
    if (next === current) return current;
    current = next;
  }
  return dropOnce(current.replace(/</g, '\u2039'));
}
