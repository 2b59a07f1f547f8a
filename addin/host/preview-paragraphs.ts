/**
 * The preview document as Word's paragraph list, for the format review: every leaf block (p,
 * h1–h6, li, table cell …) is a paragraph, empty ones included; loose text typed straight into
 * the document counts as one paragraph per run of it. An ordered list item starts with its
 * number as the page shows it (1. at the top level, (1) below), like Word's listString. Text
 * struck out as a tracked deletion is not part of what the document says.
 */
import { HostError, type ParagraphRange } from './types.js';

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,td,th,caption,blockquote,pre,div';

interface Paragraph {
  /** The block element, or null for loose text at the top of the document. */
  el: Element | null;
  nodes: Text[];
  prefix: string;
}

const isDeleted = (node: Node) => !!node.parentElement?.closest('del.tracked');

/** "1." for an ordered item at the top level, "(1)" deeper; nothing for bullets. */
function listPrefix(li: Element, root: HTMLElement): string {
  const list = li.parentElement;
  if (!list || list.tagName !== 'OL') return '';
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  const n = start + Array.from(list.children).filter((c) => c.tagName === 'LI').indexOf(li);
  let depth = 0;
  for (let el = list.parentElement; el && el !== root; el = el.parentElement) if (el.tagName === 'OL' || el.tagName === 'UL') depth++;
  return depth === 0 ? `${n}.` : `(${n})`;
}

export function collectParagraphs(root: HTMLElement): Paragraph[] {
  const out: Paragraph[] = [];
  const byElement = new Map<Element, Paragraph>();
  let loose: Paragraph | undefined;
  const open = (el: Element): Paragraph => {
    let p = byElement.get(el);
    if (!p) {
      p = { el, nodes: [], prefix: el.tagName === 'LI' ? listPrefix(el, root) : '' };
      byElement.set(el, p);
      out.push(p);
    }
    return p;
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.matches(BLOCKS)) {
        loose = undefined;
        if (!el.querySelector(BLOCKS)) open(el);
      }
      continue;
    }
    if (isDeleted(node)) continue;
    const owner = node.parentElement?.closest(BLOCKS);
    if (owner && owner !== root && root.contains(owner)) {
      open(owner).nodes.push(node as Text);
    } else {
      if (!loose) {
        loose = { el: null, nodes: [], prefix: '' };
        out.push(loose);
      }
      loose.nodes.push(node as Text);
    }
  }
  return out;
}

const own = (p: Paragraph) => p.nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');

export function paragraphTexts(root: HTMLElement): string[] {
  return collectParagraphs(root).map((p) => p.prefix + own(p));
}

function touches(range: Range, p: Paragraph): boolean {
  return p.el ? range.intersectsNode(p.el) : p.nodes.some((n) => range.intersectsNode(n));
}

/** Paragraphs the selection touches; one it merely ends at the very start of does not count. */
export function selectedRange(root: HTMLElement, range: Range | undefined): ParagraphRange | undefined {
  if (!range || range.collapsed) return undefined;
  const paragraphs = collectParagraphs(root);
  const hit = paragraphs.map((p, i) => (touches(range, p) ? i : -1)).filter((i) => i >= 0);
  if (!hit.length) return undefined;
  const last = paragraphs[hit[hit.length - 1]!]!;
  if (hit.length > 1 && last.el) {
    const before = root.ownerDocument.createRange();
    before.setStart(last.el, 0);
    before.setEnd(range.endContainer, range.endOffset);
    if (before.toString() === '') hit.pop();
  }
  return { start: hit[0]!, end: hit[hit.length - 1]! + 1 };
}

/** The text node and offset holding character `at` of the paragraph's own text. */
function locate(nodes: readonly Text[], at: number, side: 'start' | 'end'): [Text, number] | undefined {
  let passed = 0;
  for (const node of nodes) {
    const len = node.data.length;
    // A start at a node's end belongs to the next node; an end there belongs to this one.
    if (side === 'start' ? at < passed + len : at <= passed + len) return [node, at - passed];
    passed += len;
  }
  const last = nodes[nodes.length - 1];
  return last && at === passed ? [last, last.data.length] : undefined;
}

export function replaceInPreview(root: HTMLElement, index: number, start: number, end: number, expected: string, replacement: string): void {
  const p = collectParagraphs(root)[index];
  const text = p ? p.prefix + own(p) : undefined;
  if (!p || text === undefined || end <= start || text.slice(start, end) !== expected) throw new HostError('edit_conflict');
  if (start < p.prefix.length) throw new HostError('list_numbering');
  const from = locate(p.nodes, start - p.prefix.length, 'start');
  const to = locate(p.nodes, end - p.prefix.length, 'end');
  if (!from || !to) throw new HostError('edit_conflict');
  if (from[0] === to[0]) {
    from[0].replaceData(from[1], to[1] - from[1], replacement);
    return;
  }
  const range = root.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  range.deleteContents();
  from[0].appendData(replacement);
}
