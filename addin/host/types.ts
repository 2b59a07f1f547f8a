/**
 * What the pane may ask of its host. Components get a HostAdapter through React context and
 * ask `supports(capability)`, never which host they are in. Outlook's operations arrive with
 * its adapter; nothing here or there can send mail.
 */
import type { Block } from '../../src/core/blocks/types.js';
import type { Localized } from '../../src/core/i18n/locale.js';
import type { MailMessage } from '../../src/core/email/types.js';
import type { OfficialLayout } from '../../src/core/officialdoc/layout.js';

export type Capability =
  | 'readSelection'
  | 'insertAtCursor'
  | 'replaceSelection'
  | 'insertAtEnd'
  | 'trackedChanges'
  | 'newDocument'
  /** Open a .docx (an official document from the gateway) as a new document (Word, WordApi 1.3). */
  | 'openDocx'
  /** Read the whole document's paragraphs and correct text inside one (the format review). */
  | 'readDocument'
  /** Outlook read mode: the open message can be read and replied to (as a form the user sends). */
  | 'readMessage'
  | 'openReply';

/** What opening a reply form did with the draft. */
export interface OpenReplyResult {
  /** The HTML body was cut to stay under Outlook's 32 KB limit. */
  trimmed: boolean;
}

export interface HostSelection {
  /** The selected text; empty when nothing is selected. */
  text: string;
  /** The selected paragraphs' texts, in order. */
  paragraphs: string[];
}

export type InsertMode = 'cursor' | 'replace' | 'end' | 'newDocument';

export interface InsertOptions {
  mode: InsertMode;
  /** Insert as tracked changes (Word, WordApi 1.4); ignored where unsupported. */
  track?: boolean;
}

/** An official document ready to go in: its GB/T 9704 layout, and its .docx (base64), fetched when a host wants it. */
export interface OfficialContent {
  layout: OfficialLayout;
  docx(): Promise<string>;
}

/** Paragraph indices [start, end) in getDocumentParagraphs() order. */
export interface ParagraphRange {
  start: number;
  end: number;
}

export interface HostTheme {
  dark: boolean;
  /** Office's pane background and text colours, when the host gives them. */
  background?: string;
  foreground?: string;
}

export interface HostAdapter {
  /** For logs and tests only; components must use supports(). */
  readonly name: 'word' | 'outlook' | 'preview-word' | 'preview-outlook' | 'browser';
  supports(capability: Capability): boolean;
  getSelection(): Promise<HostSelection>;
  insert(blocks: Block[], options: InsertOptions): Promise<void>;
  theme(): HostTheme | undefined;
  /** Office's display language (BCP 47), when known. */
  locale(): string | undefined;
  /** Outlook read mode: the open message. Present when supports('readMessage'). */
  readMessage?(): Promise<MailMessage>;
  /**
   * Outlook read mode: opens a reply (or reply-all) form prefilled with the draft, which the
   * user may send or not. There is deliberately no operation that sends.
   */
  openReply?(blocks: Block[], options: { all: boolean }): Promise<OpenReplyResult>;
  /**
   * The text of every paragraph of the document, in order, empty ones included (a list item's
   * number first, as Word shows it). Present when supports('readDocument').
   */
  getDocumentParagraphs?(): Promise<string[]>;
  /** Which paragraphs the selection touches; undefined when nothing is selected. With readDocument. */
  getSelectionParagraphRange?(): Promise<ParagraphRange | undefined>;
  /**
   * Replaces characters start..end of paragraph `index` (offsets into its getDocumentParagraphs
   * text) with `replacement`, after checking they still read `expected`: refuses with
   * edit_conflict when the text there changed, list_numbering inside an automatic number.
   */
  replaceInParagraph?(index: number, start: number, end: number, expected: string, replacement: string): Promise<void>;
  /** A laid-out 公文 at the cursor, its named styles with it. With insertAtCursor. */
  insertOfficial?(content: OfficialContent): Promise<void>;
  /** Opens a .docx (base64) as a new document. Present when supports('openDocx'). */
  createDocument?(base64Docx: string): Promise<void>;
  /** Calls back when the user changes the selection; returns an unsubscribe function. */
  onSelectionChanged?(callback: () => void): () => void;
}

export const HOST_ERROR_MESSAGES = {
  host_unavailable: { 'en-US': 'Office is not ready yet. Close and reopen the pane.', 'zh-CN': 'Office 尚未就绪，请关闭并重新打开任务窗格。' },
  not_supported: { 'en-US': 'This version of Office cannot do that. Use Copy and paste the text instead.', 'zh-CN': '当前 Office 版本不支持此操作，请改用“复制”后粘贴。' },
  selection_empty: { 'en-US': 'Select some text in the document first.', 'zh-CN': '请先在文档中选中文字。' },
  selection_too_large: { 'en-US': 'The selection is too long. Select a shorter passage (at most {max} characters).', 'zh-CN': '所选内容过长，请选择较短的段落（不超过 {max} 个字符）。' },
  document_read_only: { 'en-US': 'The document is read-only or protected, so Wenshu cannot change it. Use Copy instead.', 'zh-CN': '文档为只读或受保护，无法修改，请改用“复制”。' },
  edit_conflict: { 'en-US': 'The document changed while inserting. Try again.', 'zh-CN': '插入时文档发生了变化，请重试。' },
  list_numbering: {
    'en-US': 'That number is the list’s automatic numbering, not text. Change it in the list’s numbering settings.',
    'zh-CN': '此处是列表的自动编号，不是文字，请在列表的编号设置中修改。',
  },
  host_error: { 'en-US': 'Office reported an error: {detail}. Try again.', 'zh-CN': 'Office 报告了错误：{detail}。请重试。' },
} as const satisfies Record<string, Localized>;

export type HostErrorCode = keyof typeof HOST_ERROR_MESSAGES;

/** The same failures in Outlook, where the user is writing a message, not a document. */
const MAIL_MESSAGES: Partial<Record<HostErrorCode, Localized>> = {
  selection_empty: { 'en-US': 'Select some text in the message first.', 'zh-CN': '请先在邮件中选中文字。' },
  document_read_only: { 'en-US': 'This message cannot be changed by Wenshu (it is read-only or protected). Use Copy instead.', 'zh-CN': '此邮件为只读或受保护，无法修改，请改用“复制”。' },
  edit_conflict: { 'en-US': 'The message changed, or another message was opened, while Wenshu was working. Try again.', 'zh-CN': '操作过程中邮件发生了变化或切换到了其他邮件，请重试。' },
};

function wording(code: HostErrorCode, mail: boolean): Localized {
  return (mail ? MAIL_MESSAGES[code] : undefined) ?? HOST_ERROR_MESSAGES[code];
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

/** Office failures become coded errors with a message in each language. */
export class HostError extends Error {
  /** Worded for a mail message rather than a document (the Outlook adapters set it). */
  readonly mail: boolean;

  constructor(
    readonly code: HostErrorCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown; mail?: boolean },
  ) {
    super(fill(wording(code, options?.mail ?? false)['en-US'], params), options);
    this.name = 'HostError';
    this.mail = options?.mail ?? false;
  }

  messageIn(locale: keyof Localized): string {
    return fill(wording(this.code, this.mail)[locale], this.params);
  }

  /** The same error worded for a mail message. */
  forMail(): HostError {
    return this.mail ? this : new HostError(this.code, this.params, { cause: this.cause, mail: true });
  }
}

/**
 * Longest selection the pane reads. Equals the gateway's REVISION_LIMITS.textChars (a test checks),
 * kept as a literal so the pane's first view does not pull in the template schema and zod.
 */
export const MAX_SELECTION_CHARS = 20_000;
