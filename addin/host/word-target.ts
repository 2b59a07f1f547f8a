/**
 * Where an insert lands in Word, for each mode. A lone paragraph goes inline at the selection; a
 * block tree goes beside the paragraph holding the cursor (before it when the cursor is at its
 * start), or fills that paragraph when it is blank, the way pasting into an empty line does.
 */
import type { Block } from '../../src/core/blocks/types.js';
import { HostError } from './types.js';
import { inlineParagraph, writeBlocks, writeInline, type WordCursor } from './word-write.js';

export type DocumentMode = 'cursor' | 'replace' | 'end';

/** Two collapsed ranges that touch are the same point. */
const SAME_POINT = new Set<string>(['Equal', 'AdjacentBefore', 'AdjacentAfter']);

const isBlank = (p: Word.Paragraph) => p.text.trim() === '' && !p.isListItem;

function cursorBeside(para: Word.Paragraph, side: 'before' | 'after'): WordCursor {
  if (isBlank(para)) return { place: { kind: 'after', node: para }, reuse: para };
  return { place: { kind: side, node: para }, detachNext: para.isListItem };
}

/** Queues the insert on `context`; the caller syncs. May sync itself to find the target. */
export async function queueInsert(context: Word.RequestContext, blocks: Block[], mode: DocumentMode): Promise<void> {
  const doc = context.document;
  if (mode === 'end') {
    const last = doc.body.paragraphs.getLast();
    last.load('text,isListItem');
    await context.sync();
    writeBlocks(cursorBeside(last, 'after'), blocks);
    return;
  }

  const selection = doc.getSelection();
  if (mode === 'replace') {
    selection.load('text');
    await context.sync();
    if (selection.text === '') throw new HostError('selection_empty');
  }
  const inline = inlineParagraph(blocks);
  if (inline) {
    writeInline(selection, inline.content, mode === 'replace' ? 'Replace' : 'Start');
    return;
  }

  // 'cursor' inserts at the selection's start without deleting anything.
  const point = mode === 'replace' ? selection.insertText('', 'Replace') : selection.getRange('Start');
  const para = point.paragraphs.getFirst();
  para.load('text,isListItem');
  const relation = para.getRange('Start').compareLocationWith(point);
  await context.sync();
  writeBlocks(cursorBeside(para, SAME_POINT.has(relation.value) ? 'before' : 'after'), blocks);
}

/** A new document (WordApi 1.3 + WordApiHiddenDocument 1.3 to fill it before it opens). */
export function queueNewDocument(context: Word.RequestContext, blocks: Block[]): void {
  const created = context.application.createDocument();
  // A blank document holds one empty paragraph: the first block fills it.
  const first = created.body.paragraphs.getFirst();
  writeBlocks({ place: { kind: 'after', node: first }, reuse: first }, blocks);
  created.open();
}
