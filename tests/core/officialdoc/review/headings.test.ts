import { REPORT } from './documents.js';
import { brief, edit, fixAll, review } from './helpers.js';

const doc = (...body: string[]) => ['××局关于做好有关工作的通知', '', '各科室：', '　　现将有关事项通知如下：', ...body.map((b) => '　　' + b)];

describe('structure numbers (一、 （一） 1. （1）)', () => {
  it('marks a skipped first-level number and renumbers it', () => {
    const broken = doc('一、总体要求', '二、主要任务', '四、保障措施');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['gbt9704.heading-sequence 四、']);
    expect(findings[0]!.fix).toEqual({ replacement: '三、' });
    expect(findings[0]!.message['zh-CN']).toContain('“三、”');
    expect(fixAll(broken)).toEqual(doc('一、总体要求', '二、主要任务', '三、保障措施'));
  });

  it('marks skips at the second and third levels and repeated numbers', () => {
    const broken = doc('一、总体要求', '（一）工作目标', '（三）工作原则', '1.第一项', '3.第三项', '二、主要任务', '二、重复的序号');
    expect(brief(review(broken))).toEqual(['gbt9704.heading-sequence （三）', 'gbt9704.heading-sequence 3.', 'gbt9704.heading-sequence 二、']);
    const fixed = fixAll(broken);
    expect(fixed).toEqual(doc('一、总体要求', '（一）工作目标', '（二）工作原则', '1.第一项', '2.第三项', '二、主要任务', '三、重复的序号'));
    expect(review(fixed)).toEqual([]);
  });

  it('starts counting again under each parent heading and in each appended attachment', () => {
    expect(review(doc('一、甲', '（一）子项', '（二）子项', '二、乙', '（一）子项', '1.细目', '2.细目', '（二）子项', '1.细目'))).toEqual([]);
  });

  it('allows 1. directly under 一、 and （1） directly under （一）, as short documents do', () => {
    expect(review(doc('一、甲', '1.细目', '2.细目', '二、乙', '（一）子项', '（1）小项', '（2）小项'))).toEqual([]);
  });

  it('allows a second 1. list under the same heading after a paragraph that introduces it', () => {
    expect(review(doc('一、材料要求', '1.申请表', '2.身份证明', '报送方式如下：', '1.网上报送', '2.现场报送'))).toEqual([]);
  });

  it('marks （一） used before the first 一、', () => {
    const findings = review(doc('（一）工作目标', '（二）工作原则', '一、总体要求', '二、主要任务'));
    expect(brief(findings)).toEqual(['gbt9704.heading-level-order （一）']);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.message['zh-CN']).toContain('“（一）”排在“一、”之前');
  });

  it('marks （一） that comes after 1. below the same 一、', () => {
    expect(brief(review(doc('一、总体要求', '1.第一项', '（一）工作目标')))).toEqual(['gbt9704.heading-level-order 1.']);
  });

  it.each([
    ['一.', '一、'],
    ['一．', '一、'],
    ['一，', '一、'],
    ['(一)', '（一）'],
    ['（一)', '（一）'],
    ['（一）、', '（一）'],
    ['一）', '（一）'],
    ['1、', '1.'],
    ['1．', '1.'],
    ['(1)', '（1）'],
    ['1）', '（1）'],
  ])('fixes the separator of %s to %s', (written, canonical) => {
    const level1 = /^[一]/.test(written) && !written.includes('）') && !written.includes(')');
    const broken = level1 ? doc(`${written}总体要求`) : doc('一、总体要求', `${written}工作目标`);
    const findings = review(broken);
    expect(brief(findings)).toEqual([`gbt9704.heading-separator ${written}`]);
    expect(findings[0]!.fix).toEqual({ replacement: canonical });
    expect(review(fixAll(broken))).toEqual([]);
  });

  it('does not take decimals, dates, 一是 or a year for numbers', () => {
    expect(review(doc('1.5亿元资金已全部拨付。', '2024.7.23召开了会议。', '一是加强领导，二是压实责任。', '12月底前完成。'))).toEqual([]);
  });

  it('in a selection, counts from the first number it sees', () => {
    expect(review(['　　（三）加强督查。', '　　（四）严格考核。', '　　二、保障措施', '　　（一）组织保障。'], 'selection')).toEqual([]);
    expect(brief(review(['　　（三）加强督查。', '　　（五）严格考核。'], 'selection'))).toEqual(['gbt9704.heading-sequence （五）']);
  });

  it('a report whose third part skips a number is caught and fixed in place', () => {
    const broken = edit(REPORT, '三、下一步工作打算', '四、下一步工作打算');
    expect(brief(review(broken))).toEqual(['gbt9704.heading-sequence 四、']);
    expect(fixAll(broken)).toEqual(REPORT);
  });
});
