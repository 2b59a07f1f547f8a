/**
 * The preview host: the same HostAdapter over a contenteditable element standing in for a Word
 * document, so the whole pane runs in a plain browser (for newcomers, and for end-to-end tests).
 */
import type { Block } from '../../src/core/blocks/types.js';
import { insertFragmentAtCursor, insertIntoPreview } from './preview-insert.js';
import { fitIssuerMarks, renderOfficial } from './preview-official.js';
import { paragraphTexts, replaceInPreview, selectedRange } from './preview-paragraphs.js';
import { SelectionMemory, selectedParagraphs } from './preview-selection.js';
import { EMPTY_SELECTION, fromParagraphs } from './selection.js';
import { HostError, type Capability, type HostAdapter, type HostSelection, type HostTheme, type InsertOptions } from './types.js';

export interface PreviewOptions {
  host?: 'word';
  /** Stands in for Office's display language (the preview page takes it from ?lang=). */
  locale?: string;
  /** Stands in for Office's theme (the preview page takes it from ?theme=dark). */
  theme?: HostTheme;
}

/** Word's capabilities, less a new document: the preview offers a download for that instead. */
const CAPABILITIES: Record<Capability, boolean> = {
  readSelection: true,
  insertAtCursor: true,
  replaceSelection: true,
  insertAtEnd: true,
  trackedChanges: true,
  newDocument: false,
  openDocx: false,
  readDocument: true,
  readMessage: false,
  openReply: false,
};

export function createPreviewAdapter(doc: HTMLElement, opts: PreviewOptions = {}): HostAdapter {
  const memory = new SelectionMemory(doc);
  // Enter in the stand-in makes <p>, like the paragraphs Wenshu inserts (Chromium's default is <div>).
  try {
    doc.ownerDocument.execCommand('defaultParagraphSeparator', false, 'p');
  } catch {
    // Not every browser knows the command; <div> paragraphs read the same.
  }

  return {
    name: 'preview-word',

    supports: (capability) => CAPABILITIES[capability],

    async getSelection(): Promise<HostSelection> {
      const range = memory.current();
      if (!range || range.collapsed) return EMPTY_SELECTION;
      return fromParagraphs(selectedParagraphs(range, doc));
    },

    async insert(blocks: Block[], options: InsertOptions): Promise<void> {
      const { mode } = options;
      if (mode === 'newDocument') throw new HostError('not_supported');
      if (blocks.length === 0) return;
      const caret = insertIntoPreview({ root: doc, selection: memory.current(), blocks, mode, track: options.track === true });
      memory.remember(caret);
    },

    async getDocumentParagraphs(): Promise<string[]> {
      return paragraphTexts(doc);
    },

    async getSelectionParagraphRange() {
      return selectedRange(doc, memory.current());
    },

    async replaceInParagraph(index, start, end, expected, replacement): Promise<void> {
      replaceInPreview(doc, index, start, end, expected, replacement);
    },

    async insertOfficial(content): Promise<void> {
      const caret = insertFragmentAtCursor(doc, memory.current(), renderOfficial(doc.ownerDocument, content.layout));
      fitIssuerMarks(doc);
      memory.remember(caret);
    },

    theme: () => opts.theme,

    locale: () => opts.locale,

    onSelectionChanged: (callback) => memory.subscribe(callback),
  };
}
