import { markBlocks, markInlines, type Run, type VerifyMarkLike } from '../../../addin/ui/suggestion/marks.js';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { buildSourceIndex, findUnverifiedWithIndex } from '../../../src/core/factcheck/index.js';

const reason = { 'zh-CN': '请核实', 'en-US': 'Verify' };
const finder = (needle: string) => (text: string): VerifyMarkLike[] => {
  const start = text.indexOf(needle);
  return start < 0 ? [] : [{ start, end: start + needle.length, text: needle, kind: 'amount', reason }];
};

describe('markInlines', () => {
  it('splits a run around a mark', () => {
    const marks: VerifyMarkLike[] = [];
    const runs: Run[] = markInlines([{ text: '预算为3000万元，请审批。' }], finder('3000万元'), marks);
    expect(runs.map((r) => [r.text, r.mark])).toEqual([
      ['预算为', undefined],
      ['3000万元', 0],
      ['，请审批。', undefined],
    ]);
    expect(marks).toHaveLength(1);
  });

  it('splits a mark that spans bold and plain runs, keeping the emphasis', () => {
    const marks: VerifyMarkLike[] = [];
    const runs = markInlines([{ text: '共计 ' }, { text: '3000', bold: true }, { text: '万元' }], finder('3000万元'), marks);
    expect(runs.map((r) => [r.text, r.bold ?? false, r.mark])).toEqual([
      ['共计 ', false, undefined],
      ['3000', true, 0],
      ['万元', false, 0],
    ]);
    expect(marks).toHaveLength(1);
  });

  it('leaves unmarked runs untouched', () => {
    const inlines = [{ text: 'nothing' }];
    expect(markInlines(inlines, () => [], [])).toBe(inlines);
  });
});

describe('markBlocks with the real fact checker', () => {
  it('marks numbers the user did not give and counts each once', () => {
    const draft = '# 关于开展检查的通知\n\n检查于2025年3月1日开始，预算3000万元。\n\n- 联系电话：010-12345678\n- 负责人：张三';
    const index = buildSourceIndex(['2025-03-01', '张三']);
    const { blocks, marks } = markBlocks(parseBlocks(draft), (text) => findUnverifiedWithIndex(text, index, { locale: 'zh-CN' }));
    const marked = marks.map((m) => m.text);
    expect(marked).toEqual(expect.arrayContaining(['3000万元', '010-12345678']));
    expect(marked.join()).not.toContain('2025年3月1日');
    expect(blocks).toHaveLength(3);
  });
});
