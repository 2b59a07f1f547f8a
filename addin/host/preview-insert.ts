/**
 * Inserting into the preview document, following the Word adapter's rules so the preview behaves
 * like Word: a lone paragraph goes inline at the selection; blocks go beside the block holding the
 * cursor (splitting a paragraph when the cursor is inside it) or fill a blank paragraph.
 */
import type { Block } from '../../src/core/blocks/types.js';
import { renderBlocks, renderRuns } from './preview-render.js';
import { HostError, type InsertMode } from './types.js';

type DocumentMode = Exclude<InsertMode, 'newDocument'>;

/** Blocks that can be split at the cursor; lists and tables get content beside them instead. */
const SPLITTABLE = /^(P|H[1-6]|DIV|BLOCKQUOTE|PRE)$/;

const isBlank = (el: Element) => !el.textContent?.trim() && !el.querySelector('img,table');

function endOf(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

/** The child of `root` that holds `node`, or null when `node` is `root` itself. */
function topBlock(root: HTMLElement, node: Node): ChildNode | null {
  let current: Node | null = node;
  while (current && current.parentNode !== root) current = current.parentNode;
  return current === root ? null : (current as ChildNode | null);
}

/** The text between the start (or end) of `el` and a point inside it. */
function textBeside(el: Node, container: Node, offset: number, side: 'before' | 'after'): string {
  const r = el.ownerDocument!.createRange();
  r.selectNodeContents(el);
  if (side === 'before') r.setEnd(container, offset);
  else r.setStart(container, offset);
  return r.toString();
}

/**
 * A selection that ends at the very start of a block (what a triple-click makes) does not
 * include that block: replacing it must not pull the next paragraph's text into the new one.
 */
function trimEnd(root: HTMLElement, range: Range): void {
  const startTop = topBlock(root, range.startContainer);
  const endTop = topBlock(root, range.endContainer);
  if (endTop && endTop !== startTop && !textBeside(endTop, range.endContainer, range.endOffset, 'before')) range.setEndBefore(endTop);
}

/** Deletes the selection; when it ran across paragraphs, their remains join as one, as in Word. */
function deleteSelection(root: HTMLElement, range: Range): Range {
  const startTop = topBlock(root, range.startContainer);
  const endTop = topBlock(root, range.endContainer);
  // Taken before deleting: deleteContents would leave the range between the blocks, not inside the first.
  const point = range.cloneRange();
  point.collapse(true);
  range.deleteContents();
  const joinable = (n: ChildNode | null): n is Element => n instanceof Element && SPLITTABLE.test(n.tagName);
  if (joinable(startTop) && joinable(endTop) && startTop !== endTop && endTop.isConnected) {
    startTop.append(...Array.from(endTop.childNodes));
    endTop.remove();
  }
  return point;
}

/**
 * A tracked deletion: the selected text stays, struck through in <del class="tracked">, as Word
 * shows it. Returns a point just after the deleted text.
 */
function markDeleted(range: Range): Range {
  const d = range.startContainer.ownerDocument ?? document;
  const texts: Text[] = [];
  const walker = d.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE && range.intersectsNode(n)) texts.push(n as Text);
  let last: Node | undefined;
  const ends = texts.map((t) => [t === range.startContainer ? range.startOffset : 0, t === range.endContainer ? range.endOffset : t.length] as const);
  texts.forEach((t, i) => {
    const [start, end] = ends[i]!;
    if (start >= end) return;
    if (end < t.length) t.splitText(end);
    const target = start > 0 ? t.splitText(start) : t;
    if (target.parentElement?.closest('del.tracked')) return void (last = target);
    const del = d.createElement('del');
    del.className = 'tracked';
    target.replaceWith(del);
    del.append(target);
    last = del;
  });
  const point = d.createRange();
  if (last) point.setStartAfter(last);
  else point.setStart(range.endContainer, range.endOffset);
  point.collapse(true);
  return point;
}

/** Puts `nodes` in place of the point and returns a caret after them. */
function insertAt(point: Range, node: Node): Range {
  const lastChild = node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? node.lastChild : node;
  point.insertNode(node);
  const caret = point.cloneRange();
  if (lastChild) caret.setStartAfter(lastChild);
  caret.collapse(true);
  return caret;
}

function insertBlocksAt(root: HTMLElement, point: Range, content: DocumentFragment): Range {
  const d = root.ownerDocument;
  const last = content.lastChild;
  const top = topBlock(root, point.startContainer);
  const caretAfter = () => {
    if (!last?.parentNode) return endOf(root);
    const caret = d.createRange();
    caret.setStartAfter(last);
    return caret;
  };
  if (!top) {
    point.insertNode(content);
    return caretAfter();
  }
  const el = top.nodeType === Node.ELEMENT_NODE ? (top as Element) : undefined;
  if (el && SPLITTABLE.test(el.tagName) && isBlank(el)) {
    el.replaceWith(content);
  } else if (!textBeside(top, point.startContainer, point.startOffset, 'before').trim()) {
    top.before(content);
  } else if (!el || !SPLITTABLE.test(el.tagName) || !textBeside(top, point.startContainer, point.startOffset, 'after').trim()) {
    top.after(content);
  } else {
    // Split the paragraph at the cursor, like pressing Enter there, and put the blocks between the halves.
    const tail = d.createRange();
    tail.setStart(point.startContainer, point.startOffset);
    tail.setEnd(el, el.childNodes.length);
    const second = el.cloneNode(false) as Element;
    second.append(tail.extractContents());
    el.after(content, second);
  }
  return caretAfter();
}

export interface PreviewInsert {
  root: HTMLElement;
  selection: Range | undefined;
  blocks: Block[];
  mode: DocumentMode;
  track: boolean;
}

/** Inserts and returns where the caret should go. */
export function insertIntoPreview({ root, selection, blocks, mode, track }: PreviewInsert): Range {
  const d = root.ownerDocument;
  if (mode === 'end') {
    const last = root.lastElementChild;
    const content = renderBlocks(d, blocks, track);
    if (last && SPLITTABLE.test(last.tagName) && isBlank(last)) last.replaceWith(content);
    else root.append(content);
    return endOf(root);
  }
  let point: Range;
  if (mode === 'replace') {
    if (!selection || selection.collapsed) throw new HostError('selection_empty');
    const target = selection.cloneRange();
    trimEnd(root, target);
    point = track ? markDeleted(target) : deleteSelection(root, target);
  } else {
    point = (selection ?? endOf(root)).cloneRange();
    point.collapse(true);
  }
  const [only] = blocks;
  if (blocks.length === 1 && only?.type === 'paragraph' && topBlock(root, point.startContainer)) {
    return insertAt(point, renderRuns(d, only.content, track));
  }
  return insertBlocksAt(root, point, renderBlocks(d, blocks, track));
}

/** A ready-made fragment (an official document) at the cursor, beside the block holding it, like blocks; returns the caret. */
export function insertFragmentAtCursor(root: HTMLElement, selection: Range | undefined, content: DocumentFragment): Range {
  const point = (selection ?? endOf(root)).cloneRange();
  point.collapse(true);
  return insertBlocksAt(root, point, content);
}
