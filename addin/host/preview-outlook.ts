/**
 * The Outlook preview host: the HostAdapter over a page standing in for Outlook, so the pane's
 * mail features run in a plain browser. Read mode reads the sample message and opens replies in
 * the page's reply window; compose mode reads and writes the editable body. Capabilities are
 * the real Outlook adapter's, and like it this adapter has no way to send. Loaded only by the
 * preview page (its own chunk), so Word and Outlook never download the samples.
 */
import type { Block } from '../../src/core/blocks/types.js';
import type { MailMessage } from '../../src/core/email/types.js';
import { insertIntoPreview } from './preview-insert.js';
import { mailErrors } from './outlook-errors.js';
import { part, PART } from './preview-outlook-dom.js';
import { showReplyWindow } from './preview-outlook-reply.js';
import { mailSample } from './preview-outlook-samples.js';
import { mountOutlookStage, type OutlookMode } from './preview-outlook-stage.js';
import { htmlToText } from './preview-outlook-text.js';
import { SelectionMemory, selectedParagraphs } from './preview-selection.js';
import { EMPTY_SELECTION, fromParagraphs } from './selection.js';
import { HostError, type Capability, type HostAdapter, type HostSelection, type HostTheme, type InsertOptions, type OpenReplyResult } from './types.js';

export interface OutlookPreviewOptions {
  mode: OutlookMode;
  /** A sample id (preview-outlook-samples.ts); unknown or missing ids show the default sample. */
  message?: string;
  locale?: string;
  theme?: HostTheme;
}

const CAPABILITIES: Record<OutlookMode, ReadonlySet<Capability>> = {
  read: new Set<Capability>(['readMessage', 'openReply']),
  compose: new Set<Capability>(['readSelection', 'insertAtCursor', 'replaceSelection']),
};

/** The adapter over a stage that mountOutlookStage has filled. */
export function createPreviewOutlookAdapter(stage: HTMLElement, opts: OutlookPreviewOptions): HostAdapter {
  const sample = mailSample(opts.message);
  const { mode } = opts;
  const composeBody = mode === 'compose' ? part(stage, PART.composeBody) : null;
  // Clicking in the pane takes the DOM selection away; Outlook keeps the body's, so remember it.
  const memory = composeBody ? new SelectionMemory(composeBody) : undefined;
  if (composeBody) {
    try {
      composeBody.ownerDocument.execCommand('defaultParagraphSeparator', false, 'p');
    } catch {
      // Browsers without the command make <div> paragraphs, which read the same.
    }
  }
  const supports = (capability: Capability) => CAPABILITIES[mode].has(capability) && (mode === 'read' || composeBody !== null);
  const ensure = (capability: Capability) => {
    if (!supports(capability)) throw new HostError('not_supported', {}, { mail: true });
  };

  return {
    name: 'preview-outlook',
    supports,

    async readMessage(): Promise<MailMessage> {
      ensure('readMessage');
      return {
        subject: sample.subject,
        from: { ...sample.from },
        to: sample.to.map((a) => ({ ...a })),
        cc: sample.cc.map((a) => ({ ...a })),
        date: sample.date,
        bodyText: htmlToText(sample.html),
        bodyHtml: sample.html,
      };
    },

    async openReply(blocks: Block[], options: { all: boolean }): Promise<OpenReplyResult> {
      ensure('openReply');
      return showReplyWindow(stage, sample, blocks, options.all, opts.locale);
    },

    async getSelection(): Promise<HostSelection> {
      ensure('readSelection');
      const range = memory?.current();
      if (!composeBody || !range || range.collapsed) return EMPTY_SELECTION;
      return fromParagraphs(selectedParagraphs(range, composeBody));
    },

    insert: mailErrors(async (blocks: Block[], options: InsertOptions): Promise<void> => {
      const { mode: insertMode } = options;
      if (insertMode !== 'cursor' && insertMode !== 'replace') throw new HostError('not_supported');
      ensure(insertMode === 'cursor' ? 'insertAtCursor' : 'replaceSelection');
      if (blocks.length === 0 || !composeBody || !memory) return;
      const caret = insertIntoPreview({ root: composeBody, selection: memory.current(), blocks, mode: insertMode, track: false });
      memory.remember(caret);
    }),

    theme: () => opts.theme,

    locale: () => opts.locale,
  };
}

/** Builds the stand-in Outlook window in `stage` and returns the adapter over it. */
export function openOutlookPreview(stage: HTMLElement, opts: OutlookPreviewOptions): HostAdapter {
  mountOutlookStage(stage, opts.mode, mailSample(opts.message), opts.locale);
  return createPreviewOutlookAdapter(stage, opts);
}
