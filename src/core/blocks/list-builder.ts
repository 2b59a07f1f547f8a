/**
 * Collects list items into one ListBlock. Nesting comes from indentation (any consistent
 * amount: two or more columns deeper opens a level, never more than one level at a time). The
 * block's `ordered` is its top level's kind: nested items of the other kind stay in the block
 * (the tree has one kind per list, and splitting would restart the numbering), while a
 * top-level item of the other kind, or a top-level `1.` after `2.`, starts a new list.
 */
import { parseInline } from './inline.js';
import { joinText } from './text.js';
import type { ListBlock } from './types.js';

export interface ItemLine {
  ordered: boolean;
  number: number;
  indent: number;
  text: string;
}

interface PendingItem {
  level: number;
  text: string;
}

export class ListBuilder {
  readonly ordered: boolean;
  private readonly items: PendingItem[] = [];
  /** Marker indentation per open level. */
  private readonly indents: number[];
  private lastNumber: number;
  /** Marker indentation of the latest item, for continuation lines. */
  lastIndent: number;
  /** A blank line has been seen since the latest item. */
  afterBlank = false;

  constructor(first: ItemLine) {
    this.ordered = first.ordered;
    this.indents = [first.indent];
    this.lastNumber = first.number;
    this.lastIndent = first.indent;
    this.items.push({ level: 0, text: first.text });
  }

  /** The deepest level whose parent's marker is at least two columns further left. */
  private levelFor(indent: number): number {
    let level = this.indents.length;
    while (level > 0 && indent < (this.indents[level - 1] ?? 0) + 2) level -= 1;
    return level;
  }

  /** Adds the item, or returns false when it must start a list of its own. */
  add(item: ItemLine): boolean {
    const level = this.levelFor(item.indent);
    if (level === 0) {
      if (item.ordered !== this.ordered) return false;
      if (item.ordered && item.number === 1 && this.lastNumber > 1) return false;
      this.lastNumber = item.number;
    }
    this.indents.length = Math.min(this.indents.length, level + 1);
    if (level === this.indents.length) this.indents.push(item.indent);
    else this.indents[level] = Math.min(this.indents[level] ?? item.indent, item.indent);
    this.items.push({ level, text: item.text });
    this.lastIndent = item.indent;
    this.afterBlank = false;
    return true;
  }

  /** Appends a continuation line to the latest item. */
  continueItem(text: string): void {
    const last = this.items[this.items.length - 1];
    if (last) last.text = joinText(last.text, text);
  }

  lastText(): string {
    return this.items[this.items.length - 1]?.text ?? '';
  }

  build(): ListBlock {
    return {
      type: 'list',
      ordered: this.ordered,
      items: this.items.map((item) => ({ level: item.level, content: parseInline(item.text) })),
    };
  }
}
