import { MINUTES, NOTICE } from './documents.js';
import { brief, edit, fixAll, review } from './helpers.js';
import { reviewDocument } from '../../../../src/core/officialdoc/review/index.js';

describe('house rules', () => {
  it('keeps one of a repeated punctuation mark, but leaves …… and —— whole', () => {
    expect(brief(review(['　　务必高度重视！！确保完成。。'], 'selection'))).toEqual(['house.repeated-punctuation ！！', 'house.repeated-punctuation 。。']);
    expect(fixAll(['　　务必高度重视！！确保完成。。'], 'selection')).toEqual(['　　务必高度重视！确保完成。']);
    expect(review(['　　水库、堤防、山塘……——都要检查。'], 'selection')).toEqual([]);
  });

  it('keeps one of a doubled 的 or 了, but not in 的的确确 or 不了了之', () => {
    expect(fixAll(['　　我们的的工作做完了了。'], 'selection')).toEqual(['　　我们的工作做完了。']);
    expect(review(['　　这的的确确是问题，不能不了了之。'], 'selection')).toEqual([]);
  });

  it('removes a stray space between Chinese characters', () => {
    const broken = edit(NOTICE, '压实防汛责任', '压实 防汛责任');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['house.space-in-chinese  ']);
    expect(findings[0]!.source).toBe('house');
    expect(findings[0]!.citation).toEqual({ 'zh-CN': '本单位规则', 'en-US': 'House rule' });
    expect(fixAll(broken)).toEqual(NOTICE);
  });

  it('leaves indents, blanks to fill in, attendance lines, article numbers and the 版记 alone', () => {
    expect(review(MINUTES)).toEqual([]);
    expect(review(['　　第一条　为规范管理，制定本办法。', '填报单位（盖章）：　　　　　　填报日期：'], 'selection')).toEqual([]);
  });

  it('switches off only the house rules an admin disabled', () => {
    const paragraphs = ['　　我们的的工作要做好！！ 确保 完成。'];
    const all = reviewDocument({ paragraphs, scope: 'selection' }).map((f) => f.ruleId);
    expect(new Set(all)).toEqual(new Set(['house.duplicated-character', 'house.repeated-punctuation', 'house.space-in-chinese']));
    const some = reviewDocument({ paragraphs, scope: 'selection' }, { disabledHouseRules: ['house.duplicated-character', 'house.space-in-chinese'] });
    expect(some.map((f) => f.ruleId)).toEqual(['house.repeated-punctuation']);
  });

  it('ignores a 条例 or GB/T rule in the disabled list: those always run', () => {
    const findings = reviewDocument({ paragraphs: ['××局', '2024年07月03日'], scope: 'selection' }, { disabledHouseRules: ['gbt9704.date-format'] });
    expect(findings.map((f) => f.ruleId)).toEqual(['gbt9704.date-format']);
  });
});
