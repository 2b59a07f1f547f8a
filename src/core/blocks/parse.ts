/**
 * parseBlocks: the model's simple structured text → the block tree every host renders.
 *
 * Line by line, never throwing, and stable on prefixes: a partial last line is read like any
 * other (an empty marker such as `#`, `-`, `1.` or `|` yields nothing yet; an unclosed `**`
 * stays literal). Each non-blank text line is its own paragraph — models do not hard-wrap, and
 * 公文 lines (一、…（一）…), salutations, signatures and 落款 must stay separate — except a
 * hard-wrapped English sentence (see continuesSentence). Details: README.md.
 */
import { buildTable, isSeparatorLine } from './table.js';
import { parseInline } from './inline.js';
import { classify, closesFence, splitLines, type Line } from './lines.js';
import { ListBuilder } from './list-builder.js';
import { continuesSentence } from './text.js';
import type { Block } from './types.js';

/** Fence info strings that mean "this is the draft itself", whose content is parsed as usual. */
const WRAPPER_FENCES = new Set(['', 'markdown', 'md', 'text', 'txt', 'plain', 'plaintext']);

interface OpenFence {
  char: string;
  length: number;
  /** Code: each line is kept verbatim as a paragraph, markers and all. */
  literal: boolean;
}

class BlockParser {
  readonly blocks: Block[] = [];
  private paragraph: string | undefined;
  private list: ListBuilder | undefined;
  private table: string[] | undefined;
  private fence: OpenFence | undefined;

  constructor(private readonly lines: readonly string[]) {}

  private flushParagraph(): void {
    if (this.paragraph !== undefined) {
      const content = parseInline(this.paragraph);
      if (content.length > 0) this.blocks.push({ type: 'paragraph', content });
    }
    this.paragraph = undefined;
  }

  private flushList(): void {
    if (this.list) this.blocks.push(this.list.build());
    this.list = undefined;
  }

  private flushTable(): void {
    const table = this.table && buildTable(this.table);
    if (table) this.blocks.push(table);
    this.table = undefined;
  }

  private flushAll(): void {
    this.flushParagraph();
    this.flushList();
    this.flushTable();
  }

  /** A line inside an open fence; returns true when it was consumed. */
  private inFence(raw: string): boolean {
    const fence = this.fence;
    if (!fence) return false;
    const trimmed = raw.trim();
    if (closesFence(trimmed, fence)) {
      this.fence = undefined;
      if (fence.literal) this.flushAll();
      return true;
    }
    if (!fence.literal) return false;
    if (trimmed !== '') this.blocks.push({ type: 'paragraph', content: [{ text: trimmed }] });
    return true;
  }

  private blank(): void {
    this.flushParagraph();
    this.flushTable();
    if (this.list) this.list.afterBlank = true;
  }

  private item(line: Extract<Line, { kind: 'item' }>): void {
    this.flushParagraph();
    this.flushTable();
    if (line.text === '') return; // an empty marker, e.g. while streaming: nothing yet
    if (this.list?.add(line)) return;
    this.flushList();
    this.list = new ListBuilder(line);
  }

  private text(line: Extract<Line, { kind: 'text' }>, next: string | undefined): void {
    if (this.table && line.text.includes('|')) {
      this.table.push(line.text);
      return;
    }
    const list = this.list;
    if (list && !this.table && this.paragraph === undefined) {
      const indented = line.indent > list.lastIndent;
      if (indented || (!list.afterBlank && continuesSentence(list.lastText(), line.text))) {
        list.continueItem(line.text);
        return;
      }
    }
    if (line.text.includes('|') && next !== undefined && isSeparatorLine(classifyText(next))) {
      this.flushAll();
      this.table = [line.text];
      return;
    }
    if (this.paragraph !== undefined && !this.table && continuesSentence(this.paragraph, line.text)) {
      this.paragraph = `${this.paragraph} ${line.text}`;
      return;
    }
    this.flushAll();
    this.paragraph = line.text;
  }

  private line(raw: string, next: string | undefined): void {
    if (this.inFence(raw)) return;
    const line = classify(raw);
    switch (line.kind) {
      case 'blank':
        this.blank();
        return;
      case 'fence': {
        const literal = !WRAPPER_FENCES.has((line.info.split(/\s+/)[0] ?? '').toLowerCase());
        // A wrapper fence reads like a blank line; a code fence ends whatever was open.
        if (literal) this.flushAll();
        else this.blank();
        this.fence = { char: line.char, length: line.length, literal };
        return;
      }
      case 'rule':
        this.flushAll();
        return;
      case 'heading':
        this.flushAll();
        if (line.text !== '') {
          const content = parseInline(line.text);
          if (content.length > 0) this.blocks.push({ type: 'heading', level: line.level, content });
        }
        return;
      case 'item':
        this.item(line);
        return;
      case 'row':
        this.flushParagraph();
        this.flushList();
        (this.table ??= []).push(line.text);
        return;
      case 'text':
        this.text(line, next);
        return;
    }
  }

  parse(): Block[] {
    this.lines.forEach((raw, i) => this.line(raw, this.lines[i + 1]));
    this.flushAll();
    return this.blocks;
  }
}

/** The text of a line as classify sees it (tags dropped, quote markers stripped). */
function classifyText(raw: string): string {
  const line = classify(raw);
  return line.kind === 'row' || line.kind === 'text' ? line.text : '';
}

export function parseBlocks(text: string): Block[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    return new BlockParser(splitLines(source)).parse();
  } catch {
    // Defence in depth: a parser bug must not lose the draft. Every line becomes plain text.
    return splitLines(source)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line): Block => ({ type: 'paragraph', content: [{ text: line }] }));
  }
}
