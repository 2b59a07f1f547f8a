/**
 * A small simulated Outlook for the adapter tests: the `Office` global with one mail item in
 * read or compose mode. Callbacks arrive asynchronously, as Outlook's do, and an exception thrown
 * by a callback is caught and recorded (Outlook would swallow it and the pane would hang), so a
 * test can assert that none was thrown. A compose body is a string with a selected range; writes
 * replace that range, as body.setSelectedDataAsync does.
 */
export interface OfficeLikeError {
  name: string;
  code: number;
  message: string;
}

export function outlookError(name: string, code: number, message = `${name} from Outlook`): OfficeLikeError {
  return { name, code, message };
}

interface Address {
  displayName: string;
  emailAddress: string;
}

export interface FakeMessage {
  subject: string;
  from: Address;
  to: Address[];
  cc: Address[];
  dateTimeCreated: Date;
  text: string;
  html: string;
}

export interface FakeOutlookOptions {
  mode: 'read' | 'compose';
  /** Highest Mailbox requirement set this Outlook supports. */
  mailbox?: string;
  /** An Outlook too old to have Office.context.requirements. */
  noRequirements?: boolean;
  displayLanguage?: string;
  message?: Partial<FakeMessage>;
  /** Compose: the body's format and content, and the selected range in it. */
  bodyType?: 'html' | 'text';
  body?: string;
  selection?: { start: number; end: number; source?: 'body' | 'subject'; subjectText?: string };
}

export interface Reply {
  all: boolean;
  async: boolean;
  htmlBody: string;
}

type Result = { status: 'succeeded'; value: unknown } | { status: 'failed'; error: OfficeLikeError };
type Callback = (result: Result) => void;

const newer = (have: string, want: string) => {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

export const SAMPLE_MESSAGE: FakeMessage = {
  subject: '投诉：订单延迟发货',
  from: { displayName: '王丽', emailAddress: 'wang.li@customer.example' },
  to: [
    { displayName: '李明', emailAddress: 'li.ming@wenshu.example' },
    { displayName: 'service@wenshu.example', emailAddress: 'service@wenshu.example' },
  ],
  cc: [{ displayName: '张伟', emailAddress: 'zhang.wei@wenshu.example' }],
  dateTimeCreated: new Date('2024-06-17T01:42:00Z'),
  text: '李经理您好：\r\n\r\n订单至今未发货。',
  html: '<html><body><p>李经理您好：</p><p>订单至今未发货。</p></body></html>',
};

export class FakeOutlook {
  /** Every call the adapter made on the item, in order: `method(args…)` with the data argument abbreviated. */
  readonly calls: string[] = [];
  readonly replies: Reply[] = [];
  /** Each setSelectedDataAsync: the data and its coercion type. */
  readonly writes: { data: string; coercionType: string }[] = [];
  /** Exceptions thrown by the adapter's callbacks; must stay empty. */
  readonly callbackErrors: unknown[] = [];
  body: string;
  readonly office: Record<string, unknown>;
  private readonly failures = new Map<string, OfficeLikeError>();
  private readonly throwing = new Map<string, unknown>();
  private selection: { start: number; end: number; source: 'body' | 'subject'; subjectText: string };

  constructor(private readonly options: FakeOutlookOptions) {
    this.body = options.body ?? '';
    const s = options.selection ?? { start: this.body.length, end: this.body.length };
    this.selection = { start: s.start, end: s.end, source: s.source ?? 'body', subjectText: s.subjectText ?? '' };
    const mailbox = options.mailbox ?? '1.9';
    this.office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      CoercionType: { Text: 'text', Html: 'html' },
      context: {
        displayLanguage: options.displayLanguage ?? 'zh-CN',
        ...(options.noRequirements ? {} : { requirements: { isSetSupported: (name: string, version = '1.1') => name === 'Mailbox' && newer(mailbox, version) } }),
        mailbox: { item: options.mode === 'read' ? this.readItem() : this.composeItem() },
      },
    };
  }

  /** The named method reports `error` through its callback. */
  failWith(method: string, error: OfficeLikeError): this {
    this.failures.set(method, error);
    return this;
  }

  /** The named method throws `error` when called. */
  throwFrom(method: string, error: unknown): this {
    this.throwing.set(method, error);
    return this;
  }

  get item(): Record<string, unknown> {
    return ((this.office.context as Record<string, unknown>).mailbox as Record<string, unknown>).item as Record<string, unknown>;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push(`${method}(${args.map((a) => (typeof a === 'string' && a.length > 40 ? `${a.slice(0, 37)}...` : JSON.stringify(a))).join(', ')})`);
    if (this.throwing.has(method)) throw this.throwing.get(method);
  }

  /** Answers later, as Outlook does, with the value or the planned failure. */
  private answer(method: string, callback: Callback | undefined, value: () => unknown): void {
    const error = this.failures.get(method);
    setTimeout(() => {
      try {
        callback?.(error ? { status: 'failed', error } : { status: 'succeeded', value: value() });
      } catch (err) {
        this.callbackErrors.push(err);
      }
    }, 0);
  }

  private readItem(): Record<string, unknown> {
    const m = { ...SAMPLE_MESSAGE, ...this.options.message };
    const reply = (all: boolean, async: boolean) => (data: { htmlBody?: string }, callback?: Callback) => {
      const method = `display${all ? 'ReplyAll' : 'Reply'}Form${async ? 'Async' : ''}`;
      this.record(method, data.htmlBody ?? '');
      const opened = () => void this.replies.push({ all, async, htmlBody: data.htmlBody ?? '' });
      if (async) this.answer(method, callback, opened);
      else opened();
    };
    return {
      itemType: 'message',
      subject: m.subject,
      from: m.from,
      to: m.to,
      cc: m.cc,
      dateTimeCreated: m.dateTimeCreated,
      body: {
        getAsync: (coercionType: string, callback: Callback) => {
          this.record('body.getAsync', coercionType);
          this.answer('body.getAsync', callback, () => (coercionType === 'html' ? m.html : m.text));
        },
      },
      displayReplyForm: reply(false, false),
      displayReplyAllForm: reply(true, false),
      // Present whatever the requirement sets say, so the tests show the adapter asks isSetSupported.
      displayReplyFormAsync: reply(false, true),
      displayReplyAllFormAsync: reply(true, true),
    };
  }

  private composeItem(): Record<string, unknown> {
    const selected = () => (this.selection.source === 'subject' ? this.selection.subjectText : this.body.slice(this.selection.start, this.selection.end));
    return {
      itemType: 'message',
      subject: { getAsync: (callback: Callback) => this.answer('subject.getAsync', callback, () => 'RE: 投诉') },
      getSelectedDataAsync: (coercionType: string, callback: Callback) => {
        this.record('getSelectedDataAsync', coercionType);
        this.answer('getSelectedDataAsync', callback, () => ({ data: selected(), sourceProperty: this.selection.source }));
      },
      body: {
        getTypeAsync: (callback: Callback) => {
          this.record('body.getTypeAsync');
          this.answer('body.getTypeAsync', callback, () => this.options.bodyType ?? 'html');
        },
        setSelectedDataAsync: (data: string, options: { coercionType: string }, callback: Callback) => {
          this.record('body.setSelectedDataAsync', data, options.coercionType);
          this.answer('body.setSelectedDataAsync', callback, () => {
            this.writes.push({ data, coercionType: options.coercionType });
            const { start, end } = this.selection.source === 'body' ? this.selection : { start: 0, end: 0 };
            this.body = this.body.slice(0, start) + data + this.body.slice(end);
            this.selection = { ...this.selection, source: 'body', start: start + data.length, end: start + data.length };
            return undefined;
          });
        },
      },
    };
  }
}

/** Waits for callbacks still queued (failed calls resolve nothing, so the test waits for the fake). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
