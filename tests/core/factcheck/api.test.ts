import {
  buildSourceIndex, countMarks, findUnverified, findUnverifiedWithIndex, MARK_KINDS, normaliseForMatch,
} from '../../../src/core/factcheck/index.js';

const draft = [
  '会议定于２０２４年７月２３日召开，排查隐患1286处，预算3000万元，增长15%，电话010-87654321，',
  '详见《安全生产法》与“放管服”，材料发至a@b.cn或见 https://x.example.com/a ，见附件。',
  'Call +1 (800) 555-0199 by Jul 9 at 3 pm.',
].join('\n');

describe('findUnverified marks', () => {
  const marks = findUnverified(draft, []);

  it('slice the draft to exactly the marked text', () => {
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(draft.slice(m.start, m.end)).toBe(m.text);
  });

  it('come sorted and never overlap', () => {
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
  });

  it('cover every public kind and carry only public kinds', () => {
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(MARK_KINDS));
  });

  it('explain themselves in both languages', () => {
    const date = marks.find((m) => m.kind === 'date');
    expect(date?.reason).toEqual({
      'zh-CN': '此日期未出现在您提供的内容中，请核实',
      'en-US': 'This date does not appear in what you provided; please verify.',
    });
    for (const m of marks) {
      expect(m.reason['zh-CN']).toMatch(/请核实/);
      expect(m.reason['en-US']).toMatch(/verify/);
    }
  });

  it('keep full-width text intact while matching it half-width', () => {
    expect(marks[0]?.text).toBe('２０２４年７月２３日');
    expect(findUnverified(draft, ['2024-07-23']).some((m) => m.kind === 'date' && m.text.startsWith('２０２４'))).toBe(false);
  });

  it('are counted for the accept button, in all or by kind', () => {
    expect(countMarks(marks)).toBe(marks.length);
    expect(countMarks(marks, 'phone')).toBe(2);
    expect(countMarks([])).toBe(0);
  });
});

describe('buildSourceIndex', () => {
  it('gives the same marks as findUnverified and can be reused across edits', () => {
    const sources = ['预算3000万元', '2024-07-23', 'https://x.example.com/a'];
    const index = buildSourceIndex(sources);
    expect(findUnverifiedWithIndex(draft, index)).toEqual(findUnverified(draft, sources));
    expect(findUnverifiedWithIndex('预算3000万元', index)).toEqual([]);
    expect(findUnverifiedWithIndex('预算4000万元', index).map((m) => m.text)).toEqual(['4000万元']);
  });

  it('returns no marks for an empty draft and marks everything against no sources', () => {
    expect(findUnverified('', ['x'])).toEqual([]);
    expect(findUnverified('预算4000万元', []).map((m) => m.kind)).toEqual(['amount']);
  });
});

describe('normaliseForMatch', () => {
  it('unifies width, case, dashes, apostrophes and whitespace', () => {
    expect(normaliseForMatch('ＧＢ／Ｔ 9704—2012')).toBe('gb/t9704-2012');
    expect(normaliseForMatch('Don’t  Panic')).toBe("don'tpanic");
    expect(normaliseForMatch('《关于〈方案〉的通知》')).toBe('《关于《方案》的通知》');
  });
});
