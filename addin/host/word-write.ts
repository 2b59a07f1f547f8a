/**
 * Writes a block tree as real Word content: styled paragraphs, lists, tables and bold/italic runs.
 * Everything is queued on the request context; the caller syncs once. Needs WordApi 1.3
 * (styleBuiltIn, startNewList, listItem, insertTable), which is what the insert capabilities ask for.
 */
import type { Block, HeadingBlock, Inline, ListBlock, ParagraphBlock, TableBlock } from '../../src/core/blocks/types.js';

type BuiltInStyle = Word.Paragraph['styleBuiltIn'];

/**
 * Level 1 is the document's title (标题, centred in a 公文), not a section: Word's Title style
 * keeps it out of the navigation pane and the table of contents. Sections 一、/（一）/1. are
 * the 一级/二级/三级标题 and get Heading 1–3, so the navigation pane starts at the first section.
 */
export const HEADING_STYLES: Record<HeadingBlock['level'], BuiltInStyle> = { 1: 'Title', 2: 'Heading1', 3: 'Heading2', 4: 'Heading3' };

/** Word lists have nine levels, 0–8. */
const MAX_LIST_LEVEL = 8;

/** Where the next new paragraph goes. */
export type Place = { kind: 'before'; node: Word.Paragraph } | { kind: 'after'; node: Word.Paragraph | Word.List };

export interface WordCursor {
  place: Place;
  /** An empty paragraph to fill before making new ones (the user's blank line, or the one after a table). */
  reuse?: Word.Paragraph;
  /** The reusable paragraph directly follows a table: another table must not go into it, or Word merges the two. */
  reuseFollowsTable?: boolean;
  /** The neighbouring paragraph is a list item, so a new paragraph beside it inherits the list. */
  detachNext?: boolean;
}

function newParagraph(c: WordCursor): Word.Paragraph {
  let p: Word.Paragraph;
  if (c.reuse) {
    p = c.reuse;
    c.reuse = undefined;
  } else {
    const { place } = c;
    p = place.kind === 'before' ? place.node.insertParagraph('', 'Before') : place.node.insertParagraph('', 'After');
    if (c.detachNext) p.detachFromList();
  }
  c.detachNext = false;
  c.place = { kind: 'after', node: p };
  return p;
}

/** Runs go in one after another; bold and italic are set both ways so nothing is inherited. */
function writeRuns(p: Word.Paragraph, runs: Inline[]): void {
  for (const run of runs) {
    if (!run.text) continue;
    const range = p.insertText(run.text, 'End');
    range.font.bold = run.bold === true;
    range.font.italic = run.italic === true;
  }
}

function writeParagraph(c: WordCursor, style: BuiltInStyle, runs: Inline[]): void {
  const p = newParagraph(c);
  p.styleBuiltIn = style;
  writeRuns(p, runs);
}

function setListLevels(list: Word.List, ordered: boolean, maxLevel: number): void {
  for (let level = 0; level <= maxLevel; level++) {
    // 1. then (1) — the numbering a Chinese official document uses below its headings.
    if (ordered) list.setLevelNumbering(level, 'Arabic', level === 0 ? [0, '.'] : ['(', level, ')']);
    else list.setLevelBullet(level, 'Solid');
  }
}

function writeList(c: WordCursor, block: ListBlock): void {
  const [first, ...rest] = block.items;
  if (!first) return;
  const levels = block.items.map((item) => Math.max(0, Math.min(MAX_LIST_LEVEL, Math.floor(item.level) || 0)));
  const p = newParagraph(c);
  p.styleBuiltIn = 'ListParagraph';
  const list = p.startNewList();
  setListLevels(list, block.ordered, Math.max(...levels));
  p.listItem.level = levels[0] ?? 0;
  writeRuns(p, first.content);
  rest.forEach((item, i) => {
    // 'End' adds an item to this list; 'After' (used for the next block) leaves the list.
    const q = list.insertParagraph('', 'End');
    q.listItem.level = levels[i + 1] ?? 0;
    writeRuns(q, item.content);
  });
  c.place = { kind: 'after', node: list };
}

const cellText = (cell: Inline[]) => cell.map((run) => run.text).join('');

function writeTable(c: WordCursor, block: TableBlock): void {
  const columns = Math.max(0, ...block.rows.map((row) => row.length));
  if (block.rows.length === 0 || columns === 0) return;
  const values = block.rows.map((row) => Array.from({ length: columns }, (_, i) => cellText(row[i] ?? [])));
  if (c.reuse && c.reuseFollowsTable) c.reuse = undefined;
  // The table goes before an empty paragraph: Word needs one after a table, and the next block fills it.
  const after = newParagraph(c);
  after.styleBuiltIn = 'Normal';
  const table = after.insertTable(values.length, columns, 'Before', values);
  table.styleBuiltIn = 'TableGrid';
  if (block.header) {
    table.headerRowCount = 1;
    table.rows.getFirst().font.bold = true;
  }
  c.reuse = after;
  c.reuseFollowsTable = true;
}

export function writeBlocks(c: WordCursor, blocks: Block[]): void {
  for (const block of blocks) {
    if (block.type !== 'table') c.reuseFollowsTable = false;
    switch (block.type) {
      case 'heading':
        // No direct alignment: the next paragraph would inherit it; Chinese Word's Title is centred anyway.
        writeParagraph(c, HEADING_STYLES[block.level], block.content);
        break;
      case 'paragraph':
        writeParagraph(c, 'Normal', block.content);
        break;
      case 'list':
        writeList(c, block);
        break;
      case 'table':
        writeTable(c, block);
        break;
    }
  }
}

/** A lone paragraph (a revised sentence) goes inline, so the text around the selection stays put. */
export function inlineParagraph(blocks: Block[]): ParagraphBlock | undefined {
  const [only] = blocks;
  return blocks.length === 1 && only?.type === 'paragraph' ? only : undefined;
}

/** Inline runs at a range: the first replaces or precedes the selection, the rest follow it. */
export function writeInline(at: Word.Range, runs: Inline[], location: 'Replace' | 'Start'): void {
  let prev: Word.Range | undefined;
  for (const run of runs) {
    if (!run.text) continue;
    const range = prev ? prev.insertText(run.text, 'After') : at.insertText(run.text, location);
    range.font.bold = run.bold === true;
    range.font.italic = run.italic === true;
    prev = range;
  }
  // Nothing to write but the user asked to replace: the selection still goes.
  if (!prev && location === 'Replace') at.insertText('', 'Replace');
}
