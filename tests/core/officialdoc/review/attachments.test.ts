import { LETTER, REPORT, REQUEST } from './documents.js';
import { brief, edit, fixAll, insertAfter, review, without } from './helpers.js';

describe('附件说明 and appended attachments', () => {
  it('removes the order number of a single attachment', () => {
    const broken = edit(REQUEST, '附件：××市', '附件：1.××市');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['gbt9704.attachment-note-numbering 1.']);
    expect(findings[0]!.citation['zh-CN']).toBe('GB/T 9704-2012 7.3.4（附件说明）');
    expect(fixAll(broken)).toEqual(REQUEST);
  });

  it('numbers several attachments 1. 2. in order', () => {
    for (const [from, to] of [
      ['附件：1.研学', '附件：研学'],
      ['附件：1.研学', '附件：1、研学'],
      ['2.研学实践活动', '3.研学实践活动'],
      ['2.研学实践活动', '（2）研学实践活动'],
    ] as const) {
      const broken = edit(LETTER, from, to);
      expect(review(broken).map((f) => f.ruleId)).toEqual(['gbt9704.attachment-note-numbering']);
      expect(fixAll(broken)).toEqual(LETTER);
    }
  });

  it('turns 附件1：… 附件2：… lines into one 附件说明', () => {
    const broken = edit(edit(LETTER, '附件：1.研学', '附件1：研学'), '　　　　　2.研学', '　　附件2：研学');
    expect(brief(review(broken))).toEqual(['gbt9704.attachment-note-numbering 附件1：', 'gbt9704.attachment-note-numbering 附件2：']);
    expect(fixAll(broken)).toEqual(edit(LETTER, '　　　　　2.研学', '　　2.研学'));
  });

  it('removes punctuation after attachment names', () => {
    const broken = edit(edit(LETTER, '1.研学实践基地名单', '1.研学实践基地名单；'), '2.研学实践活动日程安排', '2.研学实践活动日程安排。');
    expect(brief(review(broken))).toEqual(['gbt9704.attachment-note-punctuation ；', 'gbt9704.attachment-note-punctuation 。']);
    expect(fixAll(broken)).toEqual(LETTER);
  });

  it('marks a 附件说明 name that differs from the attachment title and offers the title', () => {
    const broken = edit(LETTER, '1.研学实践基地名单', '1.研学基地名单');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['gbt9704.attachment-match 研学基地名单']);
    expect(findings[0]!.fix).toEqual({ replacement: '研学实践基地名单' });
    expect(findings[0]!.citation['zh-CN']).toBe('GB/T 9704-2012 7.3.7（附件）');
    expect(fixAll(broken)).toEqual(LETTER);
  });

  it('numbers appended attachments 附件1, 附件2, and a single one just 附件', () => {
    const two = edit(LETTER, '附件2', '附件3');
    expect(brief(review(two))).toEqual(['gbt9704.attachment-match 附件3']);
    expect(fixAll(two)).toEqual(LETTER);
    const one = REQUEST.map((p) => (p === '附件' ? '附件1' : p));
    expect(brief(review(one))).toEqual(['gbt9704.attachment-match 附件1']);
    expect(fixAll(one)).toEqual(REQUEST);
  });

  it('marks a list and appended attachments that do not agree in number', () => {
    const broken = without(LETTER, '　　　　　2.研学实践活动日程安排');
    const findings = review(broken).filter((f) => f.ruleId === 'gbt9704.attachment-match');
    expect(findings.map((f) => f.message['zh-CN'])).toEqual(['附件说明列出1个附件，文后附有2个附件，两者应一致。']);
  });

  it('marks appended attachments with no 附件说明', () => {
    const broken = without(REQUEST, '　　附件：××市2024年老旧小区改造项目清单');
    expect(brief(review(broken))).toEqual(['gbt9704.attachment-match 附件']);
  });

  it('accepts a 附件说明 whose attachments travel as separate files', () => {
    const report = insertAfter(REPORT, '　　特此报告。', '', '　　附件：2024年上半年安全生产检查情况统计表');
    expect(review(report)).toEqual([]);
  });
});
