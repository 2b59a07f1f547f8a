import type { Block, Inline } from '../../../src/core/blocks/types.js';

export const t = (text: string): Inline => ({ text });
export const b = (text: string): Inline => ({ text, bold: true });
export const i = (text: string): Inline => ({ text, italic: true });
export const bi = (text: string): Inline => ({ text, bold: true, italic: true });

export const para = (...content: Array<Inline | string>): Block => ({
  type: 'paragraph',
  content: content.map((run) => (typeof run === 'string' ? t(run) : run)),
});

export const heading = (level: 1 | 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, content: [t(text)] });

/** A list from [level, text] pairs. */
export const list = (ordered: boolean, ...items: Array<[number, string]>): Block => ({
  type: 'list',
  ordered,
  items: items.map(([level, text]) => ({ level, content: [t(text)] })),
});

/** A table of plain cells; '' is an empty cell. */
export const table = (header: boolean, ...rows: string[][]): Block => ({
  type: 'table',
  header,
  rows: rows.map((cells) => cells.map((cell) => (cell === '' ? [] : [t(cell)]))),
});

/** Only the tags blocksToHtml may write, with no attributes. */
export const ALLOWED_TAG = /^<\/?(?:h[1-4]|p|ul|ol|li|table|thead|tbody|tr|th|td|strong|em)>$/;

/** Every `<…>` is an allowed tag and no stray `<`/`>` is left outside them. */
export function onlyAllowedMarkup(html: string): boolean {
  const tags = html.match(/<[^>]*>/g) ?? [];
  return tags.every((tag) => ALLOWED_TAG.test(tag)) && !/[<>]/.test(html.replace(/<[^>]*>/g, ''));
}
