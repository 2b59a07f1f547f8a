import { NOTICE, REQUEST } from './documents.js';
import { brief, edit, fixAll, review } from './helpers.js';

describe('成文日期 and other dates', () => {
  it.each([
    ['zero-padded', '2024年03月15日'],
    ['in Chinese numerals', '二〇二四年三月十五日'],
    ['with ○ for zero', '二○二四年三月十五日'],
    ['with dashes', '2024-3-15'],
    ['with dots', '2024.3.15'],
    ['with slashes', '2024/03/15'],
    ['in full-width digits', '２０２４年３月１５日'],
  ])('marks a date of issue written %s and fixes it to 2024年3月15日', (_how, written) => {
    const broken = edit(REQUEST, '2024年3月15日', written);
    const findings = review(broken);
    expect(brief(findings)).toEqual([`gbt9704.date-format ${written}`]);
    expect(findings[0]!.fix).toEqual({ replacement: '2024年3月15日' });
    expect(findings[0]!.citation['zh-CN']).toBe('GB/T 9704-2012 7.3.5.4（成文日期中的数字）');
    expect(fixAll(broken)).toEqual(REQUEST);
  });

  it('says what is wrong in both languages', () => {
    const [padded] = review(edit(REQUEST, '2024年3月15日', '2024年03月15日'));
    expect(padded!.message['zh-CN']).toContain('不编虚位');
    expect(padded!.message['en-US']).toContain('No leading zeros');
    const [chinese] = review(edit(REQUEST, '2024年3月15日', '二〇二四年三月十五日'));
    expect(chinese!.message['zh-CN']).toContain('阿拉伯数字');
    expect(chinese!.message['en-US']).toContain('Arabic numerals');
  });

  it('keeps the indent of a right-aligned date when fixing it', () => {
    const broken = edit(NOTICE, '　　　　　　　　　　　　　　　　2024年5月20日', '　　　　　　　　　　　　　　　　2024.5.20');
    expect(brief(review(broken))).toEqual(['gbt9704.date-format 2024.5.20']);
    expect(fixAll(broken)).toEqual(NOTICE);
  });

  it('holds the 印发 date of the 版记 to the same form, citing 7.4.3', () => {
    const broken = edit(NOTICE, '2024年5月20日印发', '2024年05月20日印发');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['gbt9704.date-format 2024年05月20日']);
    expect(findings[0]!.citation['zh-CN']).toContain('7.4.3');
    expect(fixAll(broken)).toEqual(NOTICE);
  });

  it('fixes a lone date line in a selection', () => {
    expect(fixAll(['××市财政局', '2024年07月03日'], 'selection')).toEqual(['××市财政局', '2024年7月3日']);
  });

  it('drops leading zeros from dates in the body text but leaves other forms there alone', () => {
    const text = ['　　会议定于2024年07月03日召开，请于7月01日前报名，2024年09月起施行。'];
    expect(brief(review(text, 'selection'))).toEqual([
      'gbt9704.date-zero-padding 2024年07月03日',
      'gbt9704.date-zero-padding 7月01日',
      'gbt9704.date-zero-padding 2024年09月',
    ]);
    expect(fixAll(text, 'selection')).toEqual(['　　会议定于2024年7月3日召开，请于7月1日前报名，2024年9月起施行。']);
    // Running text may quote dates in other forms (GB/T 15835 allows them); codes are not dates.
    expect(review(['　　二〇二四年七月三日的会议纪要，编号07月批次，截至2024-07-03。'], 'selection')).toEqual([]);
  });

  it('does not rewrite something that is not a real date', () => {
    expect(review(['××市财政局', '2024年13月45日'], 'selection')).toEqual([]);
  });
});
