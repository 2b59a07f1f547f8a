/**
 * The Outlook adapter against a simulated Outlook (outlook-fake.ts): reading a message, opening
 * reply and reply-all forms (the 1.9 Async forms where supported, the 1.1 ones elsewhere) with
 * escaped HTML under the 32 KB limit, writing into a compose body in its own format, the
 * capabilities each mode and version claims, and Office's errors as coded HostErrors.
 */
import { blocksToHtml } from '../../../src/core/blocks/html.js';
import type { Block, Inline } from '../../../src/core/blocks/types.js';
import { REPLY_HTML_LIMIT, TRIMMED_NOTE } from '../../../addin/host/outlook-body.js';
import { createHostAdapter, loadHostAdapter } from '../../../addin/host/create.js';
import { createOutlookAdapter } from '../../../addin/host/outlook.js';
import { HostError, type Capability, type HostErrorCode } from '../../../addin/host/types.js';
import { FakeOutlook, outlookError, settle, type FakeOutlookOptions } from './outlook-fake.js';

const g = globalThis as Record<string, unknown>;

function setup(options: FakeOutlookOptions): FakeOutlook {
  const outlook = new FakeOutlook(options);
  g.Office = outlook.office;
  return outlook;
}

afterEach(() => {
  delete g.Office;
});

async function hostErrorOf(promise: Promise<unknown> | undefined): Promise<HostError> {
  const err = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HostError);
  return err as HostError;
}

const t = (text: string, extra: Omit<Inline, 'text'> = {}): Inline => ({ text, ...extra });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const utf8 = (s: string) => new TextEncoder().encode(s).length;

const DRAFT: Block[] = [
  p(t('王女士您好：')),
  p(t('您的订单已于今日发出，'), t('预计6月20日送达', { bold: true }), t('。')),
  { type: 'list', ordered: true, items: [{ content: [t('物流单号：SF1234')], level: 0 }, { content: [t('客服电话：400-000-0000')], level: 0 }] },
];

describe('read mode: the open message', () => {
  it('reads subject, sender, recipients, date and the body as text and as HTML', async () => {
    const outlook = setup({ mode: 'read', mailbox: '1.3' });
    const message = await createOutlookAdapter().readMessage!();
    expect(message).toEqual({
      subject: '投诉：订单延迟发货',
      from: { name: '王丽', address: 'wang.li@customer.example' },
      to: [{ name: '李明', address: 'li.ming@wenshu.example' }, { address: 'service@wenshu.example' }],
      cc: [{ name: '张伟', address: 'zhang.wei@wenshu.example' }],
      date: '2024-06-17T01:42:00.000Z',
      bodyText: '李经理您好：\r\n\r\n订单至今未发货。',
      bodyHtml: '<html><body><p>李经理您好：</p><p>订单至今未发货。</p></body></html>',
    });
    expect(outlook.calls).toEqual(['body.getAsync("text")', 'body.getAsync("html")']);
  });

  it('needs Mailbox 1.3 to read the body, and says so before touching the item', async () => {
    const outlook = setup({ mode: 'read', mailbox: '1.2' });
    const adapter = createOutlookAdapter();
    expect(adapter.supports('readMessage')).toBe(false);
    expect((await hostErrorOf(adapter.readMessage!())).code).toBe('not_supported');
    expect(outlook.calls).toEqual([]);
  });

  it('a failed body read is a coded HostError, and no callback throws', async () => {
    const outlook = setup({ mode: 'read' }).failWith('body.getAsync', outlookError('APICallFailedDueToItemChange', 9030));
    expect((await hostErrorOf(createOutlookAdapter().readMessage!())).code).toBe('edit_conflict');
    await settle();
    expect(outlook.callbackErrors).toEqual([]);
  });
});

describe('read mode: reply forms the user sends, or not', () => {
  it.each([
    [false, 'displayReplyFormAsync'],
    [true, 'displayReplyAllFormAsync'],
  ])('all=%s opens %s with the draft as escaped HTML where Mailbox 1.9 is supported', async (all, method) => {
    const outlook = setup({ mode: 'read', mailbox: '1.9' });
    await expect(createOutlookAdapter().openReply!(DRAFT, { all })).resolves.toEqual({ trimmed: false });
    expect(outlook.replies).toEqual([{ all, async: true, htmlBody: blocksToHtml(DRAFT) }]);
    expect(outlook.calls).toHaveLength(1);
    expect(outlook.calls[0]).toMatch(new RegExp(`^${method}\\(`));
  });

  it.each([
    [false, 'displayReplyForm'],
    [true, 'displayReplyAllForm'],
  ])('all=%s falls back to %s below Mailbox 1.9, though the Async form is present', async (all, method) => {
    const outlook = setup({ mode: 'read', mailbox: '1.8' });
    await expect(createOutlookAdapter().openReply!(DRAFT, { all })).resolves.toEqual({ trimmed: false });
    expect(outlook.replies).toEqual([{ all, async: false, htmlBody: blocksToHtml(DRAFT) }]);
    expect(outlook.calls[0]).toMatch(new RegExp(`^${method}\\(`));
  });

  it('opens reply forms on an Outlook too old to report requirement sets', async () => {
    const outlook = setup({ mode: 'read', noRequirements: true });
    const adapter = createOutlookAdapter();
    expect([adapter.supports('openReply'), adapter.supports('readMessage')]).toEqual([true, false]);
    await adapter.openReply!(DRAFT, { all: false });
    expect(outlook.replies.map((r) => r.async)).toEqual([false]);
  });

  it('escapes markup in the draft\'s text: no script or image element reaches the form', async () => {
    const outlook = setup({ mode: 'read' });
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    await createOutlookAdapter().openReply!([p(t(evil)), { type: 'table', header: true, rows: [[[t(evil)]]] }], { all: false });
    const html = outlook.replies[0]?.htmlBody ?? '';
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html.match(/<[a-z0-9]+/gi)?.every((tag) => /^<(p|table|thead|tr|th)$/i.test(tag))).toBe(true);
  });

  it('keeps a long draft under 32 KB by dropping whole blocks from the end, says so, and reports trimmed', async () => {
    const outlook = setup({ mode: 'read', displayLanguage: 'zh-CN' });
    // 40 paragraphs of 400 Chinese characters: about 48 KB of UTF-8.
    const long = Array.from({ length: 40 }, (_, i) => p(t(`第${i + 1}段：${'文'.repeat(400)}`)));
    await expect(createOutlookAdapter().openReply!(long, { all: true })).resolves.toEqual({ trimmed: true });
    const html = outlook.replies[0]?.htmlBody ?? '';
    expect(utf8(html)).toBeLessThanOrEqual(REPLY_HTML_LIMIT);
    const paragraphs = html.split('\n');
    expect(paragraphs.at(-1)).toBe(`<p><em>${TRIMMED_NOTE['zh-CN']}</em></p>`);
    const kept = paragraphs.slice(0, -1);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.join('\n')).toBe(blocksToHtml(long.slice(0, kept.length)));
  });

  it('writes the shortening note in the language Office runs in', async () => {
    const outlook = setup({ mode: 'read', displayLanguage: 'en-US' });
    const long = Array.from({ length: 100 }, () => p(t('x'.repeat(500))));
    await createOutlookAdapter().openReply!(long, { all: false });
    expect(outlook.replies[0]?.htmlBody).toContain(TRIMMED_NOTE['en-US'].replace("'", '&#39;'));
  });

  it.each<[string, number, HostErrorCode]>([
    ['APICallFailedDueToItemChange', 9030, 'edit_conflict'],
    ['AccessRestricted', 9017, 'document_read_only'],
    ['ApiCallNotSupportedByExtensionPoint', 9032, 'not_supported'],
    ['NetworkError', 9041, 'host_unavailable'],
    ['GenericResponseError', 9020, 'host_error'],
  ])('a reply form that fails with %s (%d) rejects with %s', async (name, code, expected) => {
    const outlook = setup({ mode: 'read' }).failWith('displayReplyFormAsync', outlookError(name, code));
    const err = await hostErrorOf(createOutlookAdapter().openReply!(DRAFT, { all: false }));
    expect(err.code).toBe(expected);
    expect(err.messageIn('zh-CN')).not.toMatch(/\{\w+\}/);
    await settle();
    expect(outlook.callbackErrors).toEqual([]);
    expect(outlook.replies).toEqual([]);
  });

  it('a legacy reply form that throws becomes a HostError saying what Outlook said', async () => {
    setup({ mode: 'read', mailbox: '1.8' }).throwFrom('displayReplyAllForm', new Error('Data exceeds the allowed size'));
    const err = await hostErrorOf(createOutlookAdapter().openReply!(DRAFT, { all: true }));
    expect(err.code).toBe('host_error');
    expect(err.messageIn('en-US')).toContain('Data exceeds the allowed size');
  });
});

describe('compose mode: the body being written', () => {
  const body = '<p>王女士您好：</p><p>经查，您的订单还没发。</p>';
  const sentence = '经查，您的订单还没发。';
  const at = body.indexOf(sentence);

  it('reads the selection as text, split into paragraphs', async () => {
    const text = '第一段\r\n第二段';
    setup({ mode: 'compose', bodyType: 'text', body: text, selection: { start: 0, end: text.length } });
    await expect(createOutlookAdapter().getSelection()).resolves.toEqual({ text: '第一段\n第二段', paragraphs: ['第一段', '第二段'] });
  });

  it('treats a selection in the subject line as no selection in the body', async () => {
    setup({ mode: 'compose', body, selection: { start: 0, end: 0, source: 'subject', subjectText: '投诉' } });
    await expect(createOutlookAdapter().getSelection()).resolves.toEqual({ text: '', paragraphs: [] });
  });

  it('replace in an HTML body: a lone paragraph goes in as inline HTML over the selection', async () => {
    const outlook = setup({ mode: 'compose', bodyType: 'html', body, selection: { start: at, end: at + sentence.length } });
    await createOutlookAdapter().insert([p(t('经核实，'), t('您的订单已于今日发出', { bold: true }), t('。'))], { mode: 'replace' });
    expect(outlook.writes).toEqual([{ data: '经核实，<strong>您的订单已于今日发出</strong>。', coercionType: 'html' }]);
    expect(outlook.body).toBe('<p>王女士您好：</p><p>经核实，<strong>您的订单已于今日发出</strong>。</p>');
  });

  it('a block tree goes into an HTML body as generated HTML, escaped', async () => {
    const outlook = setup({ mode: 'compose', bodyType: 'html', body, selection: { start: body.length, end: body.length } });
    const blocks: Block[] = [p(t('<img src=x onerror=alert(1)>')), { type: 'list', ordered: false, items: [{ content: [t('<script>x</script>')], level: 0 }] }];
    await createOutlookAdapter().insert(blocks, { mode: 'cursor' });
    expect(outlook.writes).toEqual([{ data: blocksToHtml(blocks), coercionType: 'html' }]);
    expect(outlook.writes[0]?.data).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n<ul><li>&lt;script&gt;x&lt;/script&gt;</li></ul>');
  });

  it('a plain-text body gets plain text with the text coercion, never HTML', async () => {
    const text = '王女士您好：\n经查，您的订单还没发。';
    const outlook = setup({ mode: 'compose', bodyType: 'text', body: text, selection: { start: text.indexOf('经查'), end: text.length } });
    await createOutlookAdapter().insert([p(t('订单已发出，', { bold: true }), t('单号 SF1234。')), p(t('如有问题请回复本邮件。'))], { mode: 'replace' });
    expect(outlook.writes).toEqual([{ data: '订单已发出，单号 SF1234。\n如有问题请回复本邮件。', coercionType: 'text' }]);
    expect(outlook.body).toBe('王女士您好：\n订单已发出，单号 SF1234。\n如有问题请回复本邮件。');
  });

  it('insert at the cursor deletes nothing: a selection is put back after the new text', async () => {
    const outlook = setup({ mode: 'compose', bodyType: 'html', body, selection: { start: at, end: at + 3 } });
    await createOutlookAdapter().insert([p(t('您好，'))], { mode: 'cursor' });
    expect(outlook.body).toBe('<p>王女士您好：</p><p>您好，经查，您的订单还没发。</p>');
    expect(outlook.calls).toEqual(['body.getTypeAsync()', 'getSelectedDataAsync("html")', 'body.setSelectedDataAsync("您好，经查，", "html")']);
  });

  it('replace with nothing selected fails with selection_empty and writes nothing', async () => {
    const outlook = setup({ mode: 'compose', body, selection: { start: at, end: at } });
    const err = await hostErrorOf(createOutlookAdapter().insert([p(t('x'))], { mode: 'replace' }));
    expect(err.code).toBe('selection_empty');
    // Worded for the message being written, not for a document.
    expect([err.messageIn('en-US'), err.messageIn('zh-CN')]).toEqual(['Select some text in the message first.', '请先在邮件中选中文字。']);
    expect(outlook.writes).toEqual([]);
  });

  it('has no end-of-body or new-document insert', async () => {
    const outlook = setup({ mode: 'compose', body });
    for (const mode of ['end', 'newDocument'] as const) expect((await hostErrorOf(createOutlookAdapter().insert([p(t('x'))], { mode }))).code).toBe('not_supported');
    expect(outlook.calls).toEqual([]);
  });

  it.each<[string, number, HostErrorCode]>([
    ['CursorPositionChanged', 9014, 'edit_conflict'],
    ['InsufficientItemPermissionsError', 9038, 'document_read_only'],
    ['HtmlSanitizationFailure', 9011, 'host_error'],
  ])('a write that fails with %s (%d) rejects with %s', async (name, code, expected) => {
    const outlook = setup({ mode: 'compose', body, selection: { start: at, end: at + 2 } }).failWith('body.setSelectedDataAsync', outlookError(name, code));
    const err = await hostErrorOf(createOutlookAdapter().insert([p(t('x'))], { mode: 'replace' }));
    expect(err.code).toBe(expected);
    expect(`${err.messageIn('en-US')} ${err.messageIn('zh-CN')}`).not.toMatch(/document|文档/i);
    await settle();
    expect(outlook.callbackErrors).toEqual([]);
    expect(outlook.body).toBe(body);
  });

  it('an exception thrown by an Office call is caught and coded too', async () => {
    setup({ mode: 'compose', body }).throwFrom('body.getTypeAsync', new TypeError('item is gone'));
    const err = await hostErrorOf(createOutlookAdapter().insert([p(t('x'))], { mode: 'cursor' }));
    expect(err.code).toBe('host_error');
    expect(err.messageIn('en-US')).toContain('item is gone');
  });
});

describe('capabilities follow the mode and the Mailbox version', () => {
  const all: Capability[] = ['readSelection', 'insertAtCursor', 'replaceSelection', 'insertAtEnd', 'trackedChanges', 'newDocument', 'readMessage', 'openReply'];
  const claimed = () => {
    const adapter = createOutlookAdapter();
    return all.filter((c) => adapter.supports(c));
  };

  it.each<[FakeOutlookOptions, Capability[]]>([
    [{ mode: 'read', mailbox: '1.13' }, ['readMessage', 'openReply']],
    [{ mode: 'read', mailbox: '1.1' }, ['openReply']],
    [{ mode: 'compose', mailbox: '1.13' }, ['readSelection', 'insertAtCursor', 'replaceSelection']],
    [{ mode: 'compose', mailbox: '1.1' }, ['insertAtCursor']],
  ])('%j claims %j', (options, expected) => {
    setup(options);
    expect(claimed()).toEqual(expected);
  });

  it('claims nothing without Office or without an open item, and reports host_unavailable', async () => {
    expect(claimed()).toEqual([]);
    const outlook = setup({ mode: 'read' });
    (outlook.office.context as { mailbox: { item: unknown } }).mailbox.item = null;
    expect(claimed()).toEqual([]);
    expect((await hostErrorOf(createOutlookAdapter().readMessage!())).code).toBe('host_unavailable');
  });

  it('reports Office\'s language and a dark theme from its colours', () => {
    const outlook = setup({ mode: 'read', displayLanguage: 'en-US' });
    const adapter = createOutlookAdapter();
    expect([adapter.name, adapter.locale(), adapter.theme()]).toEqual(['outlook', 'en-US', undefined]);
    (outlook.office.context as Record<string, unknown>).officeTheme = { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' };
    expect(adapter.theme()).toEqual({ dark: true, background: '#1f1f1f', foreground: '#ffffff' });
  });
});

describe('boot', () => {
  it('inside Outlook, the pane gets the Outlook adapter', async () => {
    setup({ mode: 'compose' });
    expect(createHostAdapter({ host: 'outlook', displayLanguage: 'zh-CN' }).name).toBe('outlook');
    const loadPreview = () => Promise.reject(new Error('only the preview page loads the Outlook preview'));
    expect((await loadHostAdapter({ host: 'outlook', displayLanguage: 'zh-CN' }, loadPreview)).name).toBe('outlook');
  });
});
