/**
 * blocksToHtml: HTML for Outlook, generated from the tree alone. Every piece of text is escaped,
 * only h1–h4, p, ul/ol/li, table/thead/tbody/tr/th/td, strong and em are written, and no
 * element carries an attribute — so no text, however hostile, can add markup. Fields are read
 * defensively: a hand-made or malformed tree still cannot produce another tag.
 */
import { listLevels } from './levels.js';
import type { Block, Inline, ListBlock, TableBlock } from './types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? '');
}

function runsOf(content: unknown): readonly Inline[] {
  return Array.isArray(content) ? (content as Inline[]) : [];
}

export function inlineHtml(content: unknown): string {
  return runsOf(content)
    .map((run) => {
      let html = escapeHtml(String(run?.text ?? ''));
      if (run?.italic) html = `<em>${html}</em>`;
      if (run?.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function listHtml(block: ListBlock): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const items = Array.isArray(block.items) ? block.items : [];
  const levels = listLevels(items);
  let html = '';
  let depth = -1;
  items.forEach((item, i) => {
    const level = levels[i] ?? 0;
    if (level > depth) html += `<${tag}>`;
    else {
      html += '</li>';
      for (; depth > level; depth -= 1) html += `</${tag}></li>`;
    }
    depth = level;
    html += `<li>${inlineHtml(item?.content)}`;
  });
  if (depth < 0) return '';
  html += '</li>';
  for (; depth > 0; depth -= 1) html += `</${tag}></li>`;
  return `${html}</${tag}>`;
}

function tableHtml(block: TableBlock): string {
  const rows = Array.isArray(block.rows) ? block.rows : [];
  if (rows.length === 0) return '';
  const row = (cells: unknown, cell: 'th' | 'td'): string =>
    `<tr>${(Array.isArray(cells) ? cells : []).map((content) => `<${cell}>${inlineHtml(content)}</${cell}>`).join('')}</tr>`;
  const [first, ...rest] = rows;
  const head = block.header ? `<thead>${row(first, 'th')}</thead>` : '';
  const bodyRows = block.header ? rest : rows;
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.map((cells) => row(cells, 'td')).join('')}</tbody>` : '';
  return `<table>${head}${body}</table>`;
}

function blockHtml(block: Block): string {
  switch (block?.type) {
    case 'heading': {
      const level = Math.min(4, Math.max(1, Math.trunc(Number(block.level)) || 1));
      return `<h${level}>${inlineHtml(block.content)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'list':
      return listHtml(block);
    case 'table':
      return tableHtml(block);
    default:
      return '';
  }
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return (Array.isArray(blocks) ? blocks : [])
    .map(blockHtml)
    .filter((html) => html !== '')
    .join('\n');
}
