/**
 * The Review tab's work against a document, through the adapter's three operations: which
 * paragraphs are checked for each scope, that findings point at the document's own paragraphs,
 * and that Fix all corrects everything that still reads as the review saw it, right to left,
 * without letting one fix spoil the next.
 */
import { paneTabs } from '../../../addin/app/tabs.js';
import { applyAll, applyOne, excerpt, runReview, type ReviewHost } from '../../../addin/features/review/review-run.js';
import { HostError, type Capability, type ParagraphRange } from '../../../addin/host/types.js';

/** A document as a list of paragraphs, with replaceInParagraph's promise: refuse when the text moved. */
class FakeDocument implements ReviewHost {
  selection: ParagraphRange | undefined;
  paragraphs: string[];
  constructor(paragraphs: readonly string[]) {
    this.paragraphs = [...paragraphs];
  }
  async getDocumentParagraphs() {
    return [...this.paragraphs];
  }
  async getSelectionParagraphRange() {
    return this.selection;
  }
  async replaceInParagraph(index: number, start: number, end: number, expected: string, replacement: string) {
    const text = this.paragraphs[index];
    if (text?.slice(start, end) !== expected) throw new HostError('edit_conflict');
    this.paragraphs[index] = text.slice(0, start) + replacement + text.slice(end);
  }
}

const NOTICE = [
  '关于开展办公区域安全检查的通知。',
  '各处室，各直属单位:',
  '为进一步做好安全管理工作,经研究,决定开展一次安全检查。',
  '一.检查范围',
  '本次检查覆盖机关办公楼的的各个楼层。',
  '特此通知。',
  '办公室',
  '2024年07月10日',
];

describe('runReview', () => {
  it('checks the whole document and points at its paragraphs', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    if (outcome.kind !== 'findings') throw new Error(outcome.kind);
    expect(outcome.range).toEqual({ start: 0, end: NOTICE.length });
    expect(outcome.findings.map((f) => [f.paragraph, f.text])).toEqual([
      [0, '。'],
      [1, ':'],
      [2, ','],
      [2, ','],
      [3, '一.'],
      [4, '的的'],
      [7, '2024年07月10日'],
    ]);
    for (const f of outcome.findings) expect(outcome.paragraphs[f.paragraph]?.slice(f.start, f.end)).toBe(f.text);
  });

  it('checks only the selected paragraphs, with indices still the document’s', async () => {
    const doc = new FakeDocument(NOTICE);
    doc.selection = { start: 3, end: 5 };
    const outcome = await runReview(doc, { scope: 'selection', disabledHouseRules: [] });
    expect(outcome.kind === 'findings' ? outcome.findings.map((f) => [f.paragraph, f.ruleId]) : outcome).toEqual([
      [3, 'gbt9704.heading-separator'],
      [4, 'house.duplicated-character'],
    ]);
  });

  it('leaves out the house rules an admin switched off, never the others', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: ['house.duplicated-character', 'gbt9704.date-format'] });
    const rules = outcome.kind === 'findings' ? outcome.findings.map((f) => f.ruleId) : [];
    expect(rules).not.toContain('house.duplicated-character');
    expect(rules).toContain('gbt9704.date-format');
  });

  it('says when nothing is selected, and when there is no text to check', async () => {
    await expect(runReview(new FakeDocument(NOTICE), { scope: 'selection', disabledHouseRules: [] })).resolves.toEqual({ kind: 'noSelection' });
    await expect(runReview(new FakeDocument(['', '  ']), { scope: 'document', disabledHouseRules: [] })).resolves.toEqual({ kind: 'empty', scope: 'document' });
  });
});

describe('fixing', () => {
  it('Fix changes exactly the finding’s text in its paragraph', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    const duplicated = outcome.kind === 'findings' ? outcome.findings.find((f) => f.ruleId === 'house.duplicated-character') : undefined;
    await applyOne(doc, duplicated!);
    expect(doc.paragraphs).toEqual(NOTICE.map((p, i) => (i === 4 ? '本次检查覆盖机关办公楼的各个楼层。' : p)));
  });

  it('Fix all corrects every finding, two in one paragraph included, and a new check finds nothing', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    if (outcome.kind !== 'findings') throw new Error(outcome.kind);
    await expect(applyAll(doc, outcome.findings)).resolves.toEqual({ applied: 7, skipped: 0 });
    expect(doc.paragraphs[2]).toBe('为进一步做好安全管理工作，经研究，决定开展一次安全检查。');
    const again = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    expect(again.kind === 'findings' ? again.findings : again).toEqual([]);
  });

  it('skips a fix whose text changed since the check, and still applies the rest', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    if (outcome.kind !== 'findings') throw new Error(outcome.kind);
    doc.paragraphs[4] = '本次检查覆盖机关办公楼的各个楼层（已改）。';
    await expect(applyAll(doc, outcome.findings)).resolves.toEqual({ applied: 6, skipped: 1 });
    expect(doc.paragraphs[4]).toBe('本次检查覆盖机关办公楼的各个楼层（已改）。');
  });

  it('stops on any other failure, such as a read-only document', async () => {
    const doc = new FakeDocument(NOTICE);
    const outcome = await runReview(doc, { scope: 'document', disabledHouseRules: [] });
    doc.replaceInParagraph = async () => {
      throw new HostError('document_read_only');
    };
    await expect(applyAll(doc, outcome.kind === 'findings' ? outcome.findings : [])).rejects.toMatchObject({ code: 'document_read_only' });
  });
});

describe('excerpt', () => {
  it('cuts a long paragraph around the finding, marking the cuts', () => {
    const text = `${'甲'.repeat(40)}的的${'乙'.repeat(40)}`;
    expect(excerpt(text, 40, 42, 5)).toEqual({ before: '…甲甲甲甲甲', hit: '的的', after: '乙乙乙乙乙…' });
    expect(excerpt('的的确', 0, 2)).toEqual({ before: '', hit: '的的', after: '确' });
  });
});

describe('the Review tab', () => {
  const host = (...caps: Capability[]) => ({ supports: (c: Capability) => caps.includes(c) });

  it('is offered where the whole document can be read (Word, the Word preview), after Draft and Revise', () => {
    expect(paneTabs(host('readSelection', 'insertAtCursor', 'readDocument'))).toEqual(['draft', 'revise', 'review']);
  });

  it('is not offered where there is no document to read (Outlook, a plain browser)', () => {
    expect(paneTabs(host('readMessage', 'openReply'))).not.toContain('review');
    expect(paneTabs(host())).not.toContain('review');
  });
});
