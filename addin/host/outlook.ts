/**
 * The Outlook host adapter. Read mode: read the open message, and open a reply (or reply-all)
 * form prefilled with a draft, which the user sends or not. Compose mode: read the selection in
 * the body and write at the cursor or over the selection. There is no operation that sends, and
 * the manifest's ReadWriteItem permission could not allow one anyway.
 *
 * Capabilities follow the mode and the Mailbox requirement set this Outlook reports, checked at
 * run time so the manifest can keep Mailbox 1.1 as its floor.
 */
import type { Block } from '../../src/core/blocks/types.js';
import type { MailAddress, MailMessage } from '../../src/core/email/types.js';
import { pickLocale } from '../../src/core/i18n/locale.js';
import { composeData, replyBody, type BodyFormat } from './outlook-body.js';
import { mailErrors, toOutlookError } from './outlook-errors.js';
import { isReadMode, mailboxAtLeast, mailItem, officeLocale, officeTheme, outlookCall, type MailboxVersion } from './outlook-office.js';
import { EMPTY_SELECTION, selectionFromText } from './selection.js';
import { HostError, type Capability, type HostAdapter, type HostSelection, type InsertOptions, type OpenReplyResult } from './types.js';

type Mode = 'read' | 'compose';

/** What each capability needs; the ones missing here (documents, tracked changes) are never Outlook's. */
const REQUIREMENTS: Partial<Record<Capability, { mode: Mode; version: MailboxVersion }>> = {
  // body.getAsync arrived in Mailbox 1.3; before it a read-mode body could only be fetched over EWS, which Wenshu never uses.
  readMessage: { mode: 'read', version: '1.3' },
  // displayReplyForm / displayReplyAllForm are 1.1; the Async forms (1.9) are used where present.
  openReply: { mode: 'read', version: '1.1' },
  // item.getSelectedDataAsync is 1.2.
  readSelection: { mode: 'compose', version: '1.2' },
  // body.setSelectedDataAsync and body.getTypeAsync are 1.1.
  insertAtCursor: { mode: 'compose', version: '1.1' },
  // Replacing needs to see that something is selected first (1.2).
  replaceSelection: { mode: 'compose', version: '1.2' },
};

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** The parts of a message in read mode the adapter touches. */
interface ReadItem {
  subject?: string;
  from?: Office.EmailAddressDetails;
  to?: Office.EmailAddressDetails[];
  cc?: Office.EmailAddressDetails[];
  dateTimeCreated?: Date;
  body: { getAsync(coercionType: string, callback: Callback<string>): void };
  displayReplyForm(formData: Office.ReplyFormData): void;
  displayReplyAllForm(formData: Office.ReplyFormData): void;
  displayReplyFormAsync?(formData: Office.ReplyFormData, callback: Callback<void>): void;
  displayReplyAllFormAsync?(formData: Office.ReplyFormData, callback: Callback<void>): void;
}

interface Selected {
  data: string;
  sourceProperty?: string;
}

/** The parts of a message being composed the adapter touches. */
interface ComposeItem {
  body: {
    getTypeAsync(callback: Callback<string>): void;
    setSelectedDataAsync(data: string, options: { coercionType: string }, callback: Callback<void>): void;
  };
  getSelectedDataAsync?(coercionType: string, callback: Callback<Selected>): void;
}

function currentMode(): Mode | undefined {
  try {
    return isReadMode(mailItem()) ? 'read' : 'compose';
  } catch {
    return undefined;
  }
}

function address(details: Office.EmailAddressDetails | undefined): MailAddress | undefined {
  const email = details?.emailAddress?.trim();
  if (!email) return undefined;
  const name = details?.displayName?.trim();
  return name && name !== email ? { name, address: email } : { address: email };
}

const addresses = (list: Office.EmailAddressDetails[] | undefined): MailAddress[] =>
  (Array.isArray(list) ? list : []).map(address).filter((a): a is MailAddress => a !== undefined);

function isoDate(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined;
}

async function bodyFormat(item: ComposeItem): Promise<BodyFormat> {
  const type = await outlookCall<string>((cb) => item.body.getTypeAsync(cb));
  return String(type).toLowerCase() === 'html' ? 'html' : 'text';
}

async function selectedData(item: ComposeItem, format: BodyFormat): Promise<Selected> {
  if (typeof item.getSelectedDataAsync !== 'function') throw new HostError('not_supported');
  const value = await outlookCall<Selected>((cb) => item.getSelectedDataAsync!(format, cb));
  return { data: typeof value?.data === 'string' ? value.data : '', sourceProperty: value?.sourceProperty };
}

/** A selection in the subject line is not one the body can be written over. */
const inBody = (s: Selected) => s.sourceProperty !== 'subject';

export function createOutlookAdapter(): HostAdapter {
  const supports = (capability: Capability): boolean => {
    const need = REQUIREMENTS[capability];
    return need !== undefined && currentMode() === need.mode && mailboxAtLeast(need.version);
  };
  const ensure = (capability: Capability): void => {
    if (supports(capability)) return;
    // No open item (office.js missing, or Outlook between items) is a host problem, not a missing feature.
    throw new HostError(currentMode() === undefined ? 'host_unavailable' : 'not_supported');
  };

  return {
    name: 'outlook',
    supports,

    readMessage: mailErrors(async (): Promise<MailMessage> => {
      ensure('readMessage');
      const item = mailItem() as unknown as ReadItem;
      const [bodyText, bodyHtml] = await Promise.all([
        outlookCall<string>((cb) => item.body.getAsync('text', cb)),
        outlookCall<string>((cb) => item.body.getAsync('html', cb)),
      ]);
      return {
        subject: typeof item.subject === 'string' ? item.subject : '',
        from: address(item.from),
        to: addresses(item.to),
        cc: addresses(item.cc),
        date: isoDate(item.dateTimeCreated),
        bodyText: typeof bodyText === 'string' ? bodyText : '',
        bodyHtml: typeof bodyHtml === 'string' ? bodyHtml : undefined,
      };
    }),

    openReply: mailErrors(async (blocks: Block[], options: { all: boolean }): Promise<OpenReplyResult> => {
      ensure('openReply');
      const item = mailItem() as unknown as ReadItem;
      const body = replyBody(blocks, pickLocale(officeLocale()));
      const formData: Office.ReplyFormData = { htmlBody: body.html };
      const asyncForm = options.all ? item.displayReplyAllFormAsync : item.displayReplyFormAsync;
      if (mailboxAtLeast('1.9') && typeof asyncForm === 'function') {
        await outlookCall<void>((cb) => asyncForm.call(item, formData, cb));
      } else {
        // The 1.1 forms return nothing and report failure only by throwing.
        try {
          if (options.all) item.displayReplyAllForm(formData);
          else item.displayReplyForm(formData);
        } catch (err) {
          throw toOutlookError(err);
        }
      }
      return { trimmed: body.trimmed };
    }),

    getSelection: mailErrors(async (): Promise<HostSelection> => {
      ensure('readSelection');
      const selected = await selectedData(mailItem() as unknown as ComposeItem, 'text');
      return inBody(selected) ? selectionFromText(selected.data) : EMPTY_SELECTION;
    }),

    insert: mailErrors(async (blocks: Block[], options: InsertOptions): Promise<void> => {
      const { mode } = options;
      if (mode !== 'cursor' && mode !== 'replace') throw new HostError('not_supported');
      ensure(mode === 'cursor' ? 'insertAtCursor' : 'replaceSelection');
      if (blocks.length === 0) return;
      const item = mailItem() as unknown as ComposeItem;
      const format = await bodyFormat(item);
      let data = composeData(blocks, format);
      if (mode === 'replace') {
        const selected = await selectedData(item, 'text');
        if (!inBody(selected) || selected.data === '') throw new HostError('selection_empty');
      } else if (mailboxAtLeast('1.2')) {
        // Outlook writes at the cursor only by replacing the selection. Putting the selection back
        // after the new content makes "insert" delete nothing, as it does in Word.
        const selected = await selectedData(item, format);
        if (inBody(selected)) data += selected.data;
      }
      await outlookCall<void>((cb) => item.body.setSelectedDataAsync(data, { coercionType: format }, cb));
    }),

    theme: officeTheme,

    locale: officeLocale,
  };
}
