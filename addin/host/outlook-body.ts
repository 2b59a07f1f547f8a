/**
 * What the Outlook adapter writes: HTML generated from the block tree (every piece of text
 * escaped by core/blocks/html.ts) or plain text, never the model's own markup. A reply form's
 * body must stay under Outlook's 32 KB limit, so a long draft loses whole blocks from its end
 * and gains a note saying so.
 */
import { blocksToHtml, escapeHtml, inlineHtml } from '../../src/core/blocks/html.js';
import { blocksToText } from '../../src/core/blocks/serialize.js';
import type { Block, Inline } from '../../src/core/blocks/types.js';
import type { Locale, Localized } from '../../src/core/i18n/locale.js';

export type BodyFormat = 'html' | 'text';

/**
 * For setSelectedDataAsync in a compose body. A lone paragraph (a revised sentence) goes in as
 * inline HTML so it joins the paragraph around the cursor, as in the Word adapter.
 */
export function composeData(blocks: readonly Block[], format: BodyFormat): string {
  if (format === 'text') return blocksToText(blocks);
  const [only] = blocks;
  if (blocks.length === 1 && only?.type === 'paragraph') return inlineHtml(only.content);
  return blocksToHtml(blocks);
}

/** ReplyFormData.htmlBody "is limited to 32 KB"; counted here in UTF-8 bytes, the stricter reading. */
export const REPLY_HTML_LIMIT = 32 * 1024;

export const TRIMMED_NOTE: Localized = {
  'zh-CN': '【文书提示：草稿超出 Outlook 回复窗口的长度上限，末尾部分未放入。发送前请补全。】',
  'en-US': "[Wenshu: the draft was longer than Outlook's reply form allows, so its end was left out. Complete it before sending.]",
};

export interface ReplyBody {
  /** The htmlBody for the reply form. */
  html: string;
  /** The blocks it holds (whole blocks; the first one possibly shortened). */
  blocks: Block[];
  /** The note added after them when anything was left out. */
  note?: string;
  trimmed: boolean;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** The first `n` code points of a run list, cut between characters (never inside an entity or tag: escaping comes after). */
function firstChars(runs: readonly Inline[], n: number): Inline[] {
  const out: Inline[] = [];
  let left = n;
  for (const run of runs) {
    if (left <= 0) break;
    const chars = Array.from(run.text);
    out.push({ ...run, text: chars.slice(0, left).join('') });
    left -= chars.length;
  }
  return out;
}

/** `block` made smaller by a step count: characters for text, items for lists, rows for tables. */
function cut(block: Block, n: number): Block | undefined {
  if (n <= 0) return undefined;
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, content: [...firstChars(block.content, n), { text: '…' }] };
    case 'list':
      return { ...block, items: block.items.slice(0, n) };
    case 'table':
      return { ...block, rows: block.rows.slice(0, n) };
  }
}

function steps(block: Block): number {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.content.reduce((sum, run) => sum + Array.from(run.text).length, 0);
    case 'list':
      return block.items.length;
    case 'table':
      return block.rows.length;
  }
}

/** The largest cut of `block` whose HTML fits in `budget` bytes, if any. */
function largestFit(block: Block, budget: number): Block | undefined {
  let lo = 0;
  let hi = steps(block);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = cut(block, mid);
    if (candidate && bytes(blocksToHtml([candidate])) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return cut(block, lo);
}

/** The reply form's body for `blocks`, under `limit` bytes. */
export function replyBody(blocks: readonly Block[], locale: Locale, limit = REPLY_HTML_LIMIT): ReplyBody {
  const html = blocksToHtml(blocks);
  if (bytes(html) <= limit) return { html, blocks: [...blocks], trimmed: false };

  const note = TRIMMED_NOTE[locale];
  const noteHtml = `<p><em>${escapeHtml(note)}</em></p>`;
  // blocksToHtml puts a newline between blocks; the note is one more block.
  let left = limit - bytes(noteHtml) - 1;
  const kept: Block[] = [];
  let overflow: Block | undefined;
  for (const block of blocks) {
    const size = bytes(blocksToHtml([block]));
    if (size === 0) continue;
    const cost = size + (kept.length > 0 ? 1 : 0);
    if (cost > left) {
      overflow = block;
      break;
    }
    kept.push(block);
    left -= cost;
  }
  // A first block bigger than the whole form (a huge table or paragraph) is shortened rather than lost.
  if (kept.length === 0 && overflow) {
    const part = largestFit(overflow, left);
    if (part) kept.push(part);
  }
  const body = blocksToHtml(kept);
  return { html: body ? `${body}\n${noteHtml}` : noteHtml, blocks: kept, note, trimmed: true };
}
