/**
 * The Word host adapter: office.js behind the HostAdapter interface. Capabilities follow the
 * requirement sets this Word reports, so the pane hides what it cannot do instead of failing.
 */
import type { Block } from '../../src/core/blocks/types.js';
import { selectionFromText } from './selection.js';
import { HostError, type Capability, type HostAdapter, type HostSelection, type HostTheme, type InsertMode, type InsertOptions } from './types.js';
import { toHostError, type WordOperation } from './word-errors.js';
import { queueInsert, queueNewDocument } from './word-target.js';
import { insertDocxAtCursor, openDocx, readParagraphs, replaceInParagraph, selectionParagraphRange } from './word-document.js';

/** What each capability needs from Word. Inserting builds styled paragraphs, lists and tables (1.3). */
/** Capabilities missing here (the mail ones) are never Word's. */
const REQUIREMENTS: Partial<Record<Capability, [set: string, version: string][]>> = {
  readSelection: [['WordApi', '1.1']],
  insertAtCursor: [['WordApi', '1.3']],
  replaceSelection: [['WordApi', '1.3']],
  insertAtEnd: [['WordApi', '1.3']],
  trackedChanges: [['WordApi', '1.4']],
  // createDocument and open are 1.3; filling the new document's body before it opens needs the hidden-document set.
  newDocument: [['WordApi', '1.3'], ['WordApiHiddenDocument', '1.3']],
  // createDocument(base64).open() needs no hidden document: the file is complete.
  openDocx: [['WordApi', '1.3']],
  // Paragraph lists, listString, search and expandTo are all 1.3.
  readDocument: [['WordApi', '1.3']],
};

const MODE_CAPABILITY: Record<InsertMode, Capability> = {
  cursor: 'insertAtCursor',
  replace: 'replaceSelection',
  end: 'insertAtEnd',
  newDocument: 'newDocument',
};

function isSetSupported(set: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

async function runWord<T>(op: WordOperation, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Word === 'undefined' || typeof Word.run !== 'function') throw new HostError('host_unavailable');
  try {
    return await Word.run(batch);
  } catch (err) {
    throw toHostError(err, op);
  }
}

/** Inserts with change tracking on: save the mode, set TrackAll, insert, and restore the mode whatever happens. */
async function insertTracked(context: Word.RequestContext, insert: () => Promise<void>): Promise<void> {
  const document = context.document;
  document.load('changeTrackingMode');
  await context.sync();
  const saved = document.changeTrackingMode;
  let failed = false;
  try {
    document.changeTrackingMode = 'TrackAll';
    await insert();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    document.changeTrackingMode = saved;
    // When the insert failed, its error is the one the user needs: a failed restore must not hide it.
    await context.sync().catch((err: unknown) => {
      if (!failed) throw err;
    });
  }
}

function officeTheme(): HostTheme | undefined {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  if (!theme) return undefined;
  // Older hosts expose isDarkTheme as a method; current typings say boolean. Either way, or guess from the background.
  const flag: unknown = (theme as { isDarkTheme?: unknown }).isDarkTheme;
  const dark = typeof flag === 'function' ? Boolean((flag as () => unknown).call(theme)) : typeof flag === 'boolean' ? flag : isDarkColour(theme.bodyBackgroundColor);
  return { dark, background: theme.bodyBackgroundColor || undefined, foreground: theme.bodyForegroundColor || undefined };
}

function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

function onSelectionChanged(callback: () => void): () => void {
  const doc = typeof Office !== 'undefined' ? Office.context?.document : undefined;
  if (!doc?.addHandlerAsync) return () => {};
  const type = Office.EventType.DocumentSelectionChanged;
  // Office calls this from its own dispatch: an exception here would surface inside Office, not in the pane.
  const handler = () => {
    try {
      callback();
    } catch (err) {
      console.error('Wenshu: selection handler failed', err);
    }
  };
  doc.addHandlerAsync(type, handler, () => {});
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    doc.removeHandlerAsync(type, { handler }, () => {});
  };
}

export function createWordAdapter(): HostAdapter {
  const supports = (capability: Capability) =>
    REQUIREMENTS[capability]?.every(([set, version]) => isSetSupported(set, version)) ?? false;

  return {
    name: 'word',
    supports,

    async getSelection(): Promise<HostSelection> {
      if (!supports('readSelection')) throw new HostError('not_supported');
      return runWord('read', async (context) => {
        const selection = context.document.getSelection();
        selection.load('text');
        await context.sync();
        return selectionFromText(selection.text);
      });
    },

    async insert(blocks: Block[], options: InsertOptions): Promise<void> {
      const { mode } = options;
      if (!supports(MODE_CAPABILITY[mode])) throw new HostError('not_supported');
      if (blocks.length === 0) return;
      if (mode === 'newDocument') {
        return runWord('write', async (context) => {
          queueNewDocument(context, blocks);
          await context.sync();
        });
      }
      // Asked-for tracking is ignored where Word cannot track (the option is hidden there anyway).
      const track = options.track === true && supports('trackedChanges');
      return runWord('write', async (context) => {
        const insert = async () => {
          await queueInsert(context, blocks, mode);
          await context.sync();
        };
        await (track ? insertTracked(context, insert) : insert());
      });
    },

    async getDocumentParagraphs(): Promise<string[]> {
      if (!supports('readDocument')) throw new HostError('not_supported');
      return runWord('read', readParagraphs);
    },

    async getSelectionParagraphRange() {
      if (!supports('readDocument')) throw new HostError('not_supported');
      return runWord('read', selectionParagraphRange);
    },

    async replaceInParagraph(index, start, end, expected, replacement): Promise<void> {
      if (!supports('readDocument')) throw new HostError('not_supported');
      return runWord('write', (context) => replaceInParagraph(context, index, start, end, expected, replacement));
    },

    async insertOfficial(content): Promise<void> {
      if (!supports('insertAtCursor')) throw new HostError('not_supported');
      // Fetched before Word.run: a slow gateway must not hold a Word batch open.
      const base64 = await content.docx();
      return runWord('write', (context) => insertDocxAtCursor(context, base64));
    },

    async createDocument(base64Docx: string): Promise<void> {
      if (!supports('openDocx')) throw new HostError('not_supported');
      return runWord('write', (context) => openDocx(context, base64Docx));
    },

    theme: officeTheme,

    locale(): string | undefined {
      return typeof Office !== 'undefined' ? Office.context?.displayLanguage || undefined : undefined;
    },

    onSelectionChanged,
  };
}
