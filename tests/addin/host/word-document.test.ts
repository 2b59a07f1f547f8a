/**
 * The Word adapter's whole-document operations against the simulated Word: reading every
 * paragraph for the format review (list numbers included), the paragraphs a selection touches,
 * correcting text inside one paragraph only when it still reads as the review saw it, and the
 * official document going in at the cursor or opening as a new document.
 */
import { HostError, type HostErrorCode } from '../../../addin/host/types.js';
import { createWordAdapter } from '../../../addin/host/word.js';
import type { OfficialLayout } from '../../../src/core/officialdoc/layout.js';
import { FakeWord, officeError, type FakeWordOptions } from './fake-word.js';
import { fakeOffice } from './fake-office.js';

const g = globalThis as Record<string, unknown>;

function setup(options: FakeWordOptions = {}, sets: Record<string, string> = { WordApi: '1.3' }): FakeWord {
  const word = new FakeWord(options);
  g.Word = word.global;
  g.Office = fakeOffice(sets);
  return word;
}

afterEach(() => {
  delete g.Word;
  delete g.Office;
});

async function codeOf(promise: Promise<unknown>): Promise<HostErrorCode | 'resolved'> {
  return promise.then(
    () => 'resolved' as const,
    (e: unknown) => {
      expect(e).toBeInstanceOf(HostError);
      return (e as HostError).code;
    },
  );
}

const DOC = ['关于开展安全检查的通知。', '各部门:', '', '检查范围', '本次检查在在机关办公楼进行。', '2024年07月03日'];

describe('getDocumentParagraphs', () => {
  it('reads every paragraph in order, blank ones included', async () => {
    setup({ paragraphs: DOC });
    await expect(createWordAdapter().getDocumentParagraphs!()).resolves.toEqual(DOC);
  });

  it('puts a list item’s automatic number before its text, as Word shows it', async () => {
    setup({ paragraphs: DOC, listStrings: { 3: '一.' } });
    const paragraphs = await createWordAdapter().getDocumentParagraphs!();
    expect(paragraphs[3]).toBe('一.检查范围');
  });

  it('is not offered below WordApi 1.3, and refuses there without touching Word', async () => {
    const word = setup({ paragraphs: DOC }, { WordApi: '1.2' });
    const adapter = createWordAdapter();
    expect(adapter.supports('readDocument')).toBe(false);
    expect(await codeOf(adapter.getDocumentParagraphs!())).toBe('not_supported');
    expect(word.syncs).toEqual([]);
  });
});

describe('getSelectionParagraphRange', () => {
  it('gives the index of the paragraph holding the selection', async () => {
    setup({ paragraphs: DOC, selection: { para: 4, start: 2, end: 6 } });
    await expect(createWordAdapter().getSelectionParagraphRange!()).resolves.toEqual({ start: 4, end: 5 });
  });

  it('is undefined when nothing is selected', async () => {
    setup({ paragraphs: DOC, selection: { para: 4, start: 2, end: 2 } });
    await expect(createWordAdapter().getSelectionParagraphRange!()).resolves.toBeUndefined();
  });
});

describe('replaceInParagraph', () => {
  it('replaces exactly the span the review pointed at, and nothing else', async () => {
    const word = setup({ paragraphs: DOC });
    await createWordAdapter().replaceInParagraph!(4, 4, 6, '在在', '在');
    expect(word.doc.dump()).toEqual(['-| 关于开展安全检查的通知。', '-| 各部门:', '-| ', '-| 检查范围', '-| 本次检查在机关办公楼进行。', '-| 2024年07月03日']);
  });

  it('picks the right one of several equal matches in the paragraph', async () => {
    const word = setup({ paragraphs: ['2024年07月03日至2024年07月05日'] });
    // The second date starts at offset 12.
    await createWordAdapter().replaceInParagraph!(0, 12, 23, '2024年07月05日', '2024年7月5日');
    expect(word.doc.para(0).content).toBe('2024年07月03日至2024年7月5日');
  });

  it('refuses with edit_conflict when the text there changed since the review, changing nothing', async () => {
    const word = setup({ paragraphs: DOC });
    expect(await codeOf(createWordAdapter().replaceInParagraph!(4, 4, 6, '检查', '查'))).toBe('edit_conflict');
    expect(await codeOf(createWordAdapter().replaceInParagraph!(40, 0, 1, '本', '该'))).toBe('edit_conflict');
    expect(word.doc.para(4).content).toBe(DOC[4]);
  });

  it('offsets count the list number, and a fix inside the number is refused with list_numbering', async () => {
    const word = setup({ paragraphs: ['检查 范围'], listStrings: { 0: '一.' } });
    const adapter = createWordAdapter();
    expect(await codeOf(adapter.replaceInParagraph!(0, 1, 2, '.', '、'))).toBe('list_numbering');
    await adapter.replaceInParagraph!(0, 4, 5, ' ', '');
    expect(word.doc.para(0).content).toBe('检查范围');
  });

  it('searches for a caret literally (Word reads ^ as a special character)', async () => {
    const word = setup({ paragraphs: ['指数^2的的计算'] });
    await createWordAdapter().replaceInParagraph!(0, 2, 6, '^2的的', '^2的');
    expect(word.doc.para(0).content).toBe('指数^2的计算');
  });

  it('reports a protected document as read-only', async () => {
    const word = setup({ paragraphs: DOC });
    word.failWhen('insertText', officeError('AccessDenied'));
    expect(await codeOf(createWordAdapter().replaceInParagraph!(4, 4, 6, '在在', '在'))).toBe('document_read_only');
  });
});

const layout: OfficialLayout = { items: [], footers: {} as OfficialLayout['footers'] };

describe('official documents', () => {
  it('createDocument opens the .docx as a new document and leaves this one alone (WordApi 1.3 is enough)', async () => {
    const word = setup({ paragraphs: ['本文档'] }, { WordApi: '1.3' });
    const adapter = createWordAdapter();
    expect(adapter.supports('openDocx')).toBe(true);
    expect(adapter.supports('newDocument')).toBe(false);
    await adapter.createDocument!('UEsDBA==');
    expect(word.created.map((d) => [d.base64, d.opened])).toEqual([['UEsDBA==', true]]);
    expect(word.doc.dump()).toEqual(['-| 本文档']);
  });

  it('createDocument is refused below WordApi 1.3', async () => {
    const word = setup({}, { WordApi: '1.2' });
    expect(await codeOf(createWordAdapter().createDocument!('UEsDBA=='))).toBe('not_supported');
    expect(word.created).toEqual([]);
  });

  it('insertOfficial puts the .docx into a new paragraph after the cursor’s, keeping the user’s text whole', async () => {
    const word = setup({ paragraphs: ['前文', '后文'], selection: { para: 0, start: 1, end: 1 } });
    await createWordAdapter().insertOfficial!({ layout, docx: async () => 'UEsDBA==' });
    expect(word.files).toEqual([{ base64: 'UEsDBA==', where: 'Replace', paragraph: 1 }]);
    expect(word.doc.dump()).toEqual(['-| 前文', '-| ', '-| 后文']);
  });

  it('insertOfficial fills a blank paragraph where the cursor is', async () => {
    const word = setup({ paragraphs: ['前文', ''], selection: { para: 1, start: 0, end: 0 } });
    await createWordAdapter().insertOfficial!({ layout, docx: async () => 'UEsDBA==' });
    expect(word.files).toEqual([{ base64: 'UEsDBA==', where: 'Replace', paragraph: 1 }]);
    expect(word.doc.nodes).toHaveLength(2);
  });

  it('insertOfficial touches nothing when the .docx cannot be fetched', async () => {
    const word = setup({ paragraphs: ['前文'] });
    await expect(createWordAdapter().insertOfficial!({ layout, docx: async () => Promise.reject(new Error('offline')) })).rejects.toThrow('offline');
    expect(word.syncs).toEqual([]);
    expect(word.files).toEqual([]);
  });
});
