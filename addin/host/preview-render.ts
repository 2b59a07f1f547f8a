/**
 * Blocks as DOM for the preview's document stand-in: h1–h4, p, nested ul/ol, table, strong/em.
 * Built with createElement and text nodes only; model text never passes through innerHTML.
 */
import type { Block, Inline, ListBlock, TableBlock } from '../../src/core/blocks/types.js';

/** Inline runs; when tracked, wrapped in <ins class="tracked"> as Word shows an insertion. */
export function renderRuns(d: Document, runs: Inline[], tracked: boolean): Node {
  const frag = d.createDocumentFragment();
  for (const run of runs) {
    if (!run.text) continue;
    let node: Node = d.createTextNode(run.text);
    for (const [flag, tag] of [[run.italic, 'em'], [run.bold, 'strong']] as const) {
      if (!flag) continue;
      const el = d.createElement(tag);
      el.append(node);
      node = el;
    }
    frag.append(node);
  }
  if (!tracked || !frag.hasChildNodes()) return frag;
  const ins = d.createElement('ins');
  ins.className = 'tracked';
  ins.append(frag);
  return ins;
}

function element(d: Document, tag: string, runs: Inline[], tracked: boolean): HTMLElement {
  const el = d.createElement(tag);
  el.append(renderRuns(d, runs, tracked));
  return el;
}

/** Items nest by level; a level can go at most one deeper than the item before it. */
function renderList(d: Document, block: ListBlock, tracked: boolean): HTMLElement {
  const tag = block.ordered ? 'ol' : 'ul';
  const root = d.createElement(tag);
  const lists: HTMLElement[] = [root];
  const items: HTMLElement[] = [];
  for (const item of block.items) {
    const level = Math.max(0, Math.min(Math.floor(item.level) || 0, items.length));
    lists.length = Math.min(lists.length, level + 1);
    items.length = level;
    if (!lists[level]) {
      const nested = d.createElement(tag);
      items[level - 1]?.append(nested);
      lists[level] = nested;
    }
    const li = element(d, 'li', item.content, tracked);
    lists[level]?.append(li);
    items[level] = li;
  }
  return root;
}

function renderTable(d: Document, block: TableBlock, tracked: boolean): HTMLElement {
  const table = d.createElement('table');
  const columns = Math.max(0, ...block.rows.map((row) => row.length));
  block.rows.forEach((row, i) => {
    const head = block.header && i === 0;
    const section = head ? (table.tHead ?? table.createTHead()) : (table.tBodies[0] ?? table.createTBody());
    const tr = d.createElement('tr');
    for (let c = 0; c < columns; c++) tr.append(element(d, head ? 'th' : 'td', row[c] ?? [], tracked));
    section.append(tr);
  });
  return table;
}

export function renderBlock(d: Document, block: Block, tracked: boolean): HTMLElement {
  switch (block.type) {
    case 'heading':
      return element(d, `h${block.level}`, block.content, tracked);
    case 'paragraph':
      return element(d, 'p', block.content, tracked);
    case 'list':
      return renderList(d, block, tracked);
    case 'table':
      return renderTable(d, block, tracked);
  }
}

export function renderBlocks(d: Document, blocks: Block[], tracked: boolean): DocumentFragment {
  const frag = d.createDocumentFragment();
  for (const block of blocks) {
    if (block.type === 'list' && block.items.length === 0) continue;
    if (block.type === 'table' && block.rows.length === 0) continue;
    frag.append(renderBlock(d, block, tracked));
  }
  return frag;
}
