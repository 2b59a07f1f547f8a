/**
 * The structured draft: what the model's simple structured text is parsed into, and what each
 * host renders itself (Word paragraphs with styles, Outlook's escaped HTML, the preview's DOM).
 * Model output is never inserted as raw HTML.
 */

/** A run of text with the emphasis the model may use. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 = the title ("# "), 2–4 = section levels. */
  level: 1 | 2 | 3 | 4;
  content: Inline[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

export interface ListItem {
  content: Inline[];
  /** Nesting depth, 0 for top level. */
  level: number;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableBlock {
  type: 'table';
  /** Rows of cells; the first row is the header when `header` is true. */
  rows: Inline[][][];
  header: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;
