/**
 * "Please verify" marks placed on the rendered blocks. Each piece of running text (a heading,
 * a paragraph, a list item, a table cell) is checked as a whole, then the marks are split
 * across its bold/italic runs, so what is highlighted is exactly what is counted.
 */
import type { Block, Inline } from '../../../src/core/blocks/types.js';
import type { VerifyMark } from '../../../src/core/factcheck/types.js';

/** The marks as src/core/factcheck reports them. */
export type VerifyMarkLike = VerifyMark;

/** An inline run that may fall inside mark number `mark` (an index into `marks`). */
export interface Run extends Inline {
  mark?: number;
}

export interface MarkedBlocks {
  blocks: Block[];
  marks: VerifyMarkLike[];
}

export type FindMarks = (text: string) => VerifyMarkLike[];

export function markInlines(inlines: Inline[], find: FindMarks, marks: VerifyMarkLike[]): Run[] {
  const text = inlines.map((i) => i.text).join('');
  const found = find(text)
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((a, b) => a.start - b.start);
  if (!found.length) return inlines;
  const ids: number[] = found.map((m) => marks.push(m) - 1);
  const out: Run[] = [];
  let offset = 0;
  for (const inline of inlines) {
    const from = offset;
    const to = offset + inline.text.length;
    offset = to;
    // Cut points inside this run: every mark boundary that falls strictly within it.
    const cuts = new Set([from, to]);
    for (const m of found) {
      if (m.start > from && m.start < to) cuts.add(m.start);
      if (m.end > from && m.end < to) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      const k = found.findIndex((m) => m.start <= a && m.end >= b);
      const run: Run = { ...inline, text: text.slice(a, b) };
      if (k >= 0) run.mark = ids[k];
      out.push(run);
    }
  }
  // Overlapping marks from the finder are kept but only the first covering one is shown.
  return out;
}

export function markBlocks(blocks: Block[], find: FindMarks): MarkedBlocks {
  const marks: VerifyMarkLike[] = [];
  const mark = (inlines: Inline[]) => markInlines(inlines, find, marks);
  const out = blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, content: mark(block.content) };
      case 'list':
        return { ...block, items: block.items.map((item) => ({ ...item, content: mark(item.content) })) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map((cell) => mark(cell))) };
    }
  });
  return { blocks: out, marks };
}
