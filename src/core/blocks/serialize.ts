/**
 * The block tree back to text: plain text for Copy, the structured text the model writes (for
 * editing; parsing it again gives the same tree), and escaped HTML for Outlook (html.ts).
 */
import { inlineToMarkdownish } from './inline-serialize.js';
import { plainText, sameInlines } from './inline.js';
import { listLevels, listNumbers } from './levels.js';
import { classify } from './lines.js';
import { parseBlocks } from './parse.js';
import { hasCjk } from './text.js';
import type { Block, Inline, ListBlock, TableBlock } from './types.js';

export { blocksToHtml, escapeHtml } from './html.js';

/** `- `, unless the item's text would turn the line into a rule (`- - - -`). */
function bullet(text: string): string {
  return ['- ', '* ', '+ '].find((marker) => classify(marker + text).kind === 'item') ?? '- ';
}

function listLines(block: ListBlock, text: (content: Inline[]) => string): string[] {
  const levels = listLevels(block.items);
  const numbers = listNumbers(levels);
  return block.items.map((item, i) => {
    const level = levels[i] ?? 0;
    const body = text(item.content);
    const marker = block.ordered ? `${numbers[i] ?? 1}. ` : bullet(body);
    return '  '.repeat(level) + marker + body;
  });
}

// ---- plain text ---------------------------------------------------------------------------

/** Cells are tab-separated, so a tab or line break inside one becomes a space. */
const cellText = (content: Inline[]): string => plainText(content).replace(/[\t\r\n]+/g, ' ');

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return plainText(block.content);
    case 'list':
      return listLines(block, plainText).join('\n');
    case 'table':
      return block.rows.map((cells) => cells.map(cellText).join('\t')).join('\n');
  }
}

/** Up to this length a line without a full stop reads as a signature or address line. */
const SHORT_LINE = 40;

/**
 * Two paragraphs that belong on consecutive lines: Chinese ones (公文 separate paragraphs by
 * indentation, not blank lines), and short lines such as "Best regards," / "John Smith".
 */
function consecutive(previous: string, next: string): boolean {
  if (hasCjk(previous) && hasCjk(next)) return true;
  return previous.length <= SHORT_LINE && next.length <= SHORT_LINE && !/[.!?。！？]$/.test(previous);
}

/** Plain text for Copy: blocks separated by a blank line, except consecutive() paragraphs. */
export function blocksToText(blocks: readonly Block[]): string {
  let out = '';
  let previous: { block: Block; text: string } | undefined;
  for (const block of blocks) {
    const text = blockText(block);
    if (previous) {
      const tight = previous.block.type === 'paragraph' && block.type === 'paragraph' && consecutive(previous.text, text);
      out += tight ? '\n' : '\n\n';
    }
    out += text;
    previous = { block, text };
  }
  return out;
}

// ---- structured text ----------------------------------------------------------------------

function tableMarkdownish(block: TableBlock): string {
  const lines = block.rows.map((cells) => `| ${cells.map((cell) => inlineToMarkdownish(cell)).join(' | ')} |`);
  if (block.header && lines.length > 0) {
    const width = block.rows[0]?.length ?? 1;
    lines.splice(1, 0, `| ${Array.from({ length: Math.max(1, width) }, () => '---').join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * A paragraph whose text would read as something else (`# …`, `- …`, `| … |`: possible for
 * verbatim code lines) goes into a fence the parser keeps verbatim.
 */
function needsVerbatim(content: Inline[], written: string): boolean {
  const again = parseBlocks(written);
  const only = again.length === 1 ? again[0] : undefined;
  const same = only?.type === 'paragraph' && sameInlines(only.content, content);
  return !same && content.length === 1 && !content[0]?.bold && !content[0]?.italic && !/[\r\n]/.test(written);
}

function verbatimFence(lines: readonly string[]): string {
  const longest = lines.reduce((max, line) => Math.max(max, ...(line.match(/`+/g) ?? ['']).map((run) => run.length)), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}verbatim`, ...lines, fence].join('\n');
}

export function blocksToMarkdownish(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let verbatim: string[] = [];
  const endVerbatim = (): void => {
    if (verbatim.length > 0) parts.push(verbatimFence(verbatim));
    verbatim = [];
  };
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (block.type === 'paragraph') {
      const written = inlineToMarkdownish(block.content);
      if (needsVerbatim(block.content, written)) {
        verbatim.push(written.trim());
        return;
      }
      endVerbatim();
      parts.push(written);
      return;
    }
    endVerbatim();
    switch (block.type) {
      case 'heading':
        parts.push(`${'#'.repeat(Math.min(4, Math.max(1, block.level)))} ${inlineToMarkdownish(block.content)}`);
        return;
      case 'list':
        // Two lists in a row would read back as one; a rule keeps them apart.
        if (previous?.type === 'list' && previous.ordered === block.ordered) parts.push('---');
        parts.push(listLines(block, inlineToMarkdownish).join('\n'));
        return;
      case 'table':
        parts.push(tableMarkdownish(block));
        return;
    }
  });
  endVerbatim();
  return parts.join('\n\n');
}
