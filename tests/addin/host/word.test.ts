/**
 * The Word adapter against office-addin-mock: what it reads, what it builds for each insert mode,
 * how it handles change tracking, which capabilities it claims, and how Office errors surface.
 */
import type { Block, Inline } from '../../../src/core/blocks/types.js';
import { REVISION_LIMITS } from '../../../src/core/prompt/revisions.js';
import { HostError, MAX_SELECTION_CHARS, type HostErrorCode } from '../../../addin/host/types.js';
import { createWordAdapter } from '../../../addin/host/word.js';
import { toHostError } from '../../../addin/host/word-errors.js';
import { FakeWord, officeError, type FakeWordOptions } from './fake-word.js';
import { fakeOffice, type FakeOffice } from './fake-office.js';

const g = globalThis as Record<string, unknown>;

function setup(options: FakeWordOptions = {}, sets?: Record<string, string>): { word: FakeWord; office: FakeOffice } {
  const word = new FakeWord(options);
  const office = fakeOffice(sets);
  g.Word = word.global;
  g.Office = office;
  return { word, office };
}

afterEach(() => {
  delete g.Word;
  delete g.Office;
});

async function hostErrorOf(promise: Promise<unknown>): Promise<HostError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HostError);
  return err as HostError;
}

const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const t = (text: string) => ({ text });

describe('reading the selection', () => {
  it('returns the selected text and its paragraphs, split on Word\'s paragraph marks', async () => {
    setup({ paragraphs: ['x'], selectionText: '第一段\r第二段，含\v换行\r\r' });
    await expect(createWordAdapter().getSelection()).resolves.toEqual({ text: '第一段\n第二段，含\n换行', paragraphs: ['第一段', '第二段，含\n换行'] });
  });

  it('keeps a partial selection partial', async () => {
    setup({ paragraphs: ['甲乙丙丁'], selection: { para: 0, start: 1, end: 3 } });
    await expect(createWordAdapter().getSelection()).resolves.toEqual({ text: '乙丙', paragraphs: ['乙丙'] });
  });

  it('reports an empty selection as empty', async () => {
    setup({ paragraphs: ['甲乙丙丁'] });
    await expect(createWordAdapter().getSelection()).resolves.toEqual({ text: '', paragraphs: [] });
  });

  it('refuses a selection over the limit with selection_too_large', async () => {
    setup({ selectionText: '字'.repeat(MAX_SELECTION_CHARS + 1) });
    const err = await hostErrorOf(createWordAdapter().getSelection());
    expect(err.code).toBe('selection_too_large');
    expect(err.messageIn('zh-CN')).toContain(String(MAX_SELECTION_CHARS));
  });

  it('uses the same limit as the gateway\'s revise endpoint', () => {
    expect(MAX_SELECTION_CHARS).toBe(REVISION_LIMITS.textChars);
  });
});

describe('inserting a lone paragraph inline', () => {
  const revised = [p(t('经'), { text: '认真', bold: true }, t('研究'))];

  it('cursor: inserts at the selection start and deletes nothing', async () => {
    const { word } = setup({ paragraphs: ['现决定如下。'], selection: { para: 0, start: 2, end: 4 } });
    await createWordAdapter().insert(revised, { mode: 'cursor' });
    expect(word.doc.dump()).toEqual(['-| 现决经认真研究定如下。']);
    expect(word.doc.para(0).runs).toEqual([
      { text: '经', bold: false, italic: false },
      { text: '认真', bold: true, italic: false },
      { text: '研究', bold: false, italic: false },
    ]);
  });

  it('replace: replaces only the selected text, leaving the rest of the paragraph', async () => {
    const { word } = setup({ paragraphs: ['现决定如下。'], selection: { para: 0, start: 2, end: 5 } });
    await createWordAdapter().insert(revised, { mode: 'replace' });
    expect(word.doc.dump()).toEqual(['-| 现决经认真研究。']);
  });

  it('replace with nothing selected fails with selection_empty and changes nothing', async () => {
    const { word } = setup({ paragraphs: ['现决定如下。'], selection: { para: 0, start: 2, end: 2 } });
    expect((await hostErrorOf(createWordAdapter().insert(revised, { mode: 'replace' }))).code).toBe('selection_empty');
    expect(word.doc.dump()).toEqual(['-| 现决定如下。']);
  });
});

describe('inserting a block tree', () => {
  const draft: Block[] = [
    { type: 'heading', level: 1, content: [t('关于开展安全检查的通知')] },
    { type: 'heading', level: 2, content: [t('一、检查范围')] },
    p(t('各部门'), { text: '务必', bold: true }, t('按时'), { text: '完成', italic: true }, t('。')),
    {
      type: 'list',
      ordered: true,
      items: [
        { content: [t('办公区')], level: 0 },
        { content: [t('机房')], level: 1 },
        { content: [t('仓库')], level: 0 },
      ],
    },
    { type: 'heading', level: 3, content: [t('（一）检查结果')] },
    { type: 'table', header: true, rows: [[[t('部门')], [t('结果')]], [[t('办公室')], [{ text: '合格', bold: true }]]] },
    { type: 'table', header: false, rows: [[[t('备注')]], [[t('无')], [t('多出的列')]]] },
    { type: 'list', ordered: false, items: [{ content: [t('附件一')], level: 0 }] },
    { type: 'heading', level: 4, content: [t('1. 联系人')] },
  ];

  const built = [
    'Title| 关于开展安全检查的通知',
    'Heading1| 一、检查范围',
    'Normal| 各部门**务必**按时*完成*。',
    'ListParagraph list1:0| 办公区',
    'ListParagraph list1:1| 机房',
    'ListParagraph list1:0| 仓库',
    'Heading2| （一）检查结果',
    'table[TableGrid header=1 bold] 部门 | 结果 / 办公室 | 合格',
    // Word merges adjacent tables, so an empty paragraph stays between them.
    'Normal| ',
    'table[TableGrid] 备注 |  / 无 | 多出的列',
    'ListParagraph list2:0| 附件一',
    'Heading3| 1. 联系人',
  ];

  it('builds styled headings, paragraphs with bold and italic runs, numbered and bulleted lists, and tables', async () => {
    const { word } = setup({ paragraphs: [''] });
    await createWordAdapter().insert(draft, { mode: 'end' });
    expect(word.doc.dump()).toEqual(built);
    expect(word.listKinds.map((l) => l.levels)).toEqual([{ 0: 'Arabic 0.', 1: 'Arabic (1)' }, { 0: 'Solid' }]);
  });

  it('end: fills a blank last paragraph, otherwise appends after the last one', async () => {
    const { word } = setup({ paragraphs: ['原有正文'] });
    await createWordAdapter().insert(draft.slice(0, 2), { mode: 'end' });
    expect(word.doc.dump()).toEqual(['-| 原有正文', 'Title| 关于开展安全检查的通知', 'Heading1| 一、检查范围']);
  });

  it('cursor in the middle of a paragraph: the blocks follow that paragraph', async () => {
    const { word } = setup({ paragraphs: ['第一段', '第二段', '第三段'], selection: { para: 1, start: 1, end: 1 } });
    await createWordAdapter().insert(draft.slice(1, 3), { mode: 'cursor' });
    expect(word.doc.dump()).toEqual(['-| 第一段', '-| 第二段', 'Heading1| 一、检查范围', 'Normal| 各部门**务必**按时*完成*。', '-| 第三段']);
  });

  it('cursor at the start of a paragraph: the blocks go before it', async () => {
    const { word } = setup({ paragraphs: ['第一段', '第二段'], selection: { para: 1, start: 0, end: 0 } });
    await createWordAdapter().insert(draft.slice(1, 3), { mode: 'cursor' });
    expect(word.doc.dump()).toEqual(['-| 第一段', 'Heading1| 一、检查范围', 'Normal| 各部门**务必**按时*完成*。', '-| 第二段']);
  });

  it('cursor on a blank line: the blocks fill it', async () => {
    const { word } = setup({ paragraphs: ['第一段', '', '第三段'], selection: { para: 1, start: 0, end: 0 } });
    await createWordAdapter().insert(draft.slice(1, 3), { mode: 'cursor' });
    expect(word.doc.dump()).toEqual(['-| 第一段', 'Heading1| 一、检查范围', 'Normal| 各部门**务必**按时*完成*。', '-| 第三段']);
  });

  it('replace a whole paragraph: the selection goes and the blocks take its place', async () => {
    const { word } = setup({ paragraphs: ['第一段', '旧的第二段', '第三段'], selection: { para: 1, start: 0, end: 5 } });
    await createWordAdapter().insert(draft.slice(1, 3), { mode: 'replace' });
    expect(word.doc.dump()).toEqual(['-| 第一段', 'Heading1| 一、检查范围', 'Normal| 各部门**务必**按时*完成*。', '-| 第三段']);
  });

  it('beside a list item, new paragraphs are detached from the user\'s list', async () => {
    const { word } = setup({ paragraphs: ['清单项'], selection: { para: 0, start: 3, end: 3 } });
    word.doc.para(0).list = { id: 99, levels: {} };
    await createWordAdapter().insert(draft.slice(3, 4), { mode: 'cursor' });
    expect(word.doc.dump()).toEqual(['- list99:0| 清单项', 'ListParagraph list1:0| 办公区', 'ListParagraph list1:1| 机房', 'ListParagraph list1:0| 仓库']);
  });

  it('newDocument: creates a document, fills it and opens it, leaving this one alone', async () => {
    const { word } = setup({ paragraphs: ['本文档'] });
    await createWordAdapter().insert(draft, { mode: 'newDocument' });
    expect(word.doc.dump()).toEqual(['-| 本文档']);
    expect(word.created).toHaveLength(1);
    expect(word.created[0]?.dump()).toEqual(built);
    expect(word.created[0]?.opened).toBe(true);
  });

  it('an empty block list changes nothing', async () => {
    const { word } = setup({ paragraphs: ['本文档'] });
    await createWordAdapter().insert([], { mode: 'end' });
    expect(word.syncs).toEqual([]);
  });
});

describe('tracked changes', () => {
  const blocks: Block[] = [{ type: 'heading', level: 2, content: [t('一、总体要求')] }, { type: 'table', header: true, rows: [[[t('项')]]] }];

  it('saves the tracking mode, tracks everything while inserting, then restores it', async () => {
    const { word } = setup({ paragraphs: ['正文'], trackingMode: 'TrackMineOnly' });
    await createWordAdapter().insert(blocks, { mode: 'end', track: true });
    expect(word.trackingHistory).toEqual(['TrackAll', 'TrackMineOnly']);
    expect(word.doc.nodes.slice(1).map((n) => n.trackedAs)).toEqual(['TrackAll', 'TrackAll', 'TrackAll']);
    expect(word.syncs.at(-1)).toEqual({ ok: true, mode: 'TrackMineOnly' });
  });

  it('restores the saved mode when the insert fails, and reports the insert\'s error', async () => {
    const { word } = setup({ paragraphs: ['正文'], trackingMode: 'Off' });
    word.failWhen('insertTable', officeError('AccessDenied', 'The document is protected.'));
    const err = await hostErrorOf(createWordAdapter().insert(blocks, { mode: 'end', track: true }));
    expect(err.code).toBe('document_read_only');
    expect(word.trackingHistory).toEqual(['TrackAll', 'Off']);
    expect(word.syncs.map((s) => s.ok)).toEqual([true, true, false, true]);
    expect(word.syncs.at(-1)).toEqual({ ok: true, mode: 'Off' });
  });

  it('restores the mode when replace finds nothing selected', async () => {
    const { word } = setup({ paragraphs: ['正文'], trackingMode: 'Off' });
    expect((await hostErrorOf(createWordAdapter().insert(blocks, { mode: 'replace', track: true }))).code).toBe('selection_empty');
    expect(word.trackingHistory).toEqual(['TrackAll', 'Off']);
    expect(word.syncs.at(-1)).toEqual({ ok: true, mode: 'Off' });
  });

  it('does not track when not asked to', async () => {
    const { word } = setup({ paragraphs: ['正文'] });
    await createWordAdapter().insert(blocks, { mode: 'end' });
    expect(word.trackingHistory).toEqual([]);
  });

  it('ignores track where Word lacks WordApi 1.4, and still inserts', async () => {
    const { word } = setup({ paragraphs: [''] }, { WordApi: '1.3' });
    await createWordAdapter().insert(blocks, { mode: 'end', track: true });
    expect(word.trackingHistory).toEqual([]);
    expect(word.doc.dump()[0]).toBe('Heading1| 一、总体要求');
  });
});

describe('capabilities follow the requirement sets', () => {
  const all = ['readSelection', 'insertAtCursor', 'replaceSelection', 'insertAtEnd', 'trackedChanges', 'newDocument'] as const;
  const claimed = () => all.filter((c) => createWordAdapter().supports(c));

  it.each([
    [{ WordApi: '1.4', WordApiHiddenDocument: '1.3' }, [...all]],
    [{ WordApi: '1.4' }, ['readSelection', 'insertAtCursor', 'replaceSelection', 'insertAtEnd', 'trackedChanges']],
    [{ WordApi: '1.3', WordApiHiddenDocument: '1.3' }, ['readSelection', 'insertAtCursor', 'replaceSelection', 'insertAtEnd', 'newDocument']],
    [{ WordApi: '1.2' }, ['readSelection']],
    [{}, []],
  ])('with %j claims %j', (sets, expected) => {
    setup({}, sets);
    expect(claimed()).toEqual(expected);
  });

  it('claims nothing outside Office', () => {
    expect(claimed()).toEqual([]);
  });

  it('refuses an unsupported insert with not_supported before touching the document', async () => {
    const { word } = setup({ paragraphs: ['正文'] }, { WordApi: '1.4' });
    const err = await hostErrorOf(createWordAdapter().insert([p(t('x'))], { mode: 'newDocument' }));
    expect(err.code).toBe('not_supported');
    expect(word.syncs).toEqual([]);
  });
});

describe('Office errors become coded HostErrors', () => {
  it.each<[string, HostErrorCode]>([
    ['AccessDenied', 'document_read_only'],
    ['NotAllowed', 'document_read_only'],
    ['ItemNotFound', 'edit_conflict'],
    ['InvalidObjectPath', 'edit_conflict'],
    ['ApiNotFound', 'not_supported'],
    ['NotImplemented', 'not_supported'],
    ['ConnectionFailure', 'host_unavailable'],
    ['InvalidArgument', 'host_error'],
    ['GeneralException', 'host_error'],
  ])('%s → %s', async (code, expected) => {
    const { word } = setup({ paragraphs: ['正文'] });
    word.failWhen('insertParagraph', officeError(code));
    const err = await hostErrorOf(createWordAdapter().insert([p(t('a')), p(t('b'))], { mode: 'end' }));
    expect(err.code).toBe(expected);
    expect(err.messageIn('en-US')).not.toMatch(/\{\w+\}/);
    expect(err.messageIn('zh-CN')).not.toMatch(/\{\w+\}/);
  });

  it('says what Office said for a general failure, in both languages', () => {
    const err = toHostError(officeError('GeneralException', 'Something broke.'), 'write');
    expect(err.messageIn('en-US')).toBe('Office reported an error: Something broke.. Try again.');
    expect(err.messageIn('zh-CN')).toContain('Something broke.');
  });

  it('maps an oversized read to selection_too_large, and wraps non-Office errors', () => {
    expect(toHostError(officeError('ResponsePayloadSizeLimitExceeded'), 'read').code).toBe('selection_too_large');
    expect(toHostError(new TypeError('x is undefined'), 'write').code).toBe('host_error');
    const own = new HostError('selection_empty');
    expect(toHostError(own, 'write')).toBe(own);
  });

  it('a failed read is a HostError too', async () => {
    const { word } = setup({ paragraphs: ['正文'] });
    (word.mock.context as { sync: () => Promise<void> }).sync = async () => {
      throw officeError('AccessDenied');
    };
    expect((await hostErrorOf(createWordAdapter().getSelection())).code).toBe('document_read_only');
  });

  it('without Word at all, reports host_unavailable', async () => {
    setup({ paragraphs: ['正文'] });
    delete g.Word;
    expect((await hostErrorOf(createWordAdapter().insert([p(t('x'))], { mode: 'end' }))).code).toBe('host_unavailable');
  });
});

describe('theme, language and selection events', () => {
  it('reads Office\'s theme and display language', () => {
    const { office } = setup();
    expect(createWordAdapter().theme()).toBeUndefined();
    office.context.officeTheme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true };
    expect(createWordAdapter().theme()).toEqual({ dark: true, background: '#262626', foreground: '#FFFFFF' });
    office.context.officeTheme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' };
    expect(createWordAdapter().theme()?.dark).toBe(true);
    office.context.officeTheme = { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', isDarkTheme: () => false };
    expect(createWordAdapter().theme()?.dark).toBe(false);
    expect(createWordAdapter().locale()).toBe('zh-CN');
  });

  it('subscribes to DocumentSelectionChanged and unsubscribes once', () => {
    const { office } = setup();
    const seen: number[] = [];
    const unsubscribe = createWordAdapter().onSelectionChanged?.(() => {
      seen.push(1);
      throw new Error('a pane bug');
    });
    const handlers = office.handlers.get('documentSelectionChanged') ?? [];
    expect(handlers).toHaveLength(1);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      expect(() => handlers[0]?.()).not.toThrow();
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(1);
    expect(seen).toEqual([1]);
    unsubscribe?.();
    unsubscribe?.();
    expect(office.handlers.get('documentSelectionChanged')).toEqual([]);
  });
});
