import { marked } from './helpers.js';

describe('findUnverified compares values, not strings', () => {
  it.each([
    ['full-width and half-width digits', '共１２３人', ['123人']],
    ['full-width percent sign', '增长１５％', ['15%']],
    ['half-width draft, full-width source', '电话 010-12345678', ['电话：０１０－１２３４５６７８']],
    ['Chinese-numeral year', '二〇二四年工作总结', ['2024年']],
    ['Chinese-numeral full date', '二〇二四年七月二十三日', ['2024-07-23']],
    ['三千万 and 3000万', '投资三千万', ['3000万']],
    ['三千万 and a plain number', '投资三千万', ['30000000']],
    ['3000万元 and 30,000,000元', '预算3000万元', ['预算30,000,000元']],
    ['1.5亿元 and 15000万元', '总额1.5亿元', ['15000万元']],
    ['Chinese capital numerals', '人民币叁仟万元整', ['3000万元']],
    ['百分之十五 and 15%', '提高百分之十五', ['15%']],
    ['15% and 15 percent', 'up 15%', ['an increase of 15 percent']],
    ['十二月 and 12月', '十二月底前完成', ['2024年12月']],
    ['thousands separators', '共1,200,000元', ['1200000元']],
    ['thousands separators the other way', 'a total of 1200000', ['1,200,000']],
    ['2024/7/23 and 2024-07-23', '2024/7/23', ['2024-07-23']],
    ['2024.7.23 and 2024年7月23日', '2024.7.23', ['2024年7月23日']],
    ['7月23日 when the source has the full date', '7月23日上午', ['2024年7月23日']],
    ['July 23, 2024', 'on July 23, 2024', ['2024-07-23']],
    ['23 July 2024', 'on 23 July 2024', ['2024年7月23日']],
    ['Jul 23', 'by Jul 23', ['2024/7/23']],
    ['July 2024', 'in July 2024', ['2024-07-23']],
    ['a year the sources only date', '2024年度', ['今天是2024-07-10']],
    ['a year in a source document number', '2024年', ['京政发〔2024〕7号']],
    ['a date put together from a source date and year', '2024年7月19日前', ['7月19日前报送', '今天：2024-07-10']],
    ['下午2时30分 and 14:30', '下午2时30分', ['14:30']],
    ['9点半 and 9:30', '上午9点半', ['9:30']],
    ['2:30 pm and 14:30', 'at 2:30 pm', ['14:30']],
    ['+86 and the national number', '+86 10 1234 5678', ['010-12345678']],
    ['a mobile number with and without spaces', '138 1234 5678', ['13812345678']],
    ['a local number without its area code', '12345678', ['010-12345678']],
    ['e-mail addresses in any case', 'Zhang.Wei@Example.COM', ['zhang.wei@example.com']],
    ['a link with and without its scheme', 'https://example.com/a', ['example.com/a/']],
    ['a bare host from a longer source link', 'www.example.com', ['https://example.com/help']],
    ['a host from a source e-mail address', 'example.com', ['info@example.com']],
    ['a title given without brackets', '《关于加强安全生产工作的通知》', ['标题：关于加强安全生产工作的通知']],
    ['a quoted name given unquoted', '“放管服”改革', ['深化放管服改革']],
    ['a quoted name in another case', 'our "premium care" plan', ['Premium Care']],
    ['a standard with a different dash', 'GB/T 9704-2012', ['GB/T 9704—2012']],
    ['today passed as a source', '2024年7月10日', ['2024-07-10']],
    ['$5k and 5,000 dollars', 'a $5k credit', ['5,000 dollars']],
  ])('does not mark %s', (_label, draft, sources) => {
    expect(marked(draft, sources)).toEqual([]);
  });

  it('does not mark a percentage the form gives as a bare number', () => {
    expect(marked('同比增长15%', ['增长率：15'])).toEqual([]);
  });

  it('does not mark an amount written without currency when the source has one', () => {
    expect(marked('预算3000万', ['预算3000万元'])).toEqual([]);
  });

  it('reads 03/04/2024 month first for en-US and both ways otherwise', () => {
    expect(marked('on 03/04/2024', ['April 3, 2024'], { locale: 'en-US' })).toEqual(['date:03/04/2024']);
    expect(marked('on 03/04/2024', ['March 4, 2024'], { locale: 'en-US' })).toEqual([]);
    expect(marked('on 03/04/2024', ['April 3, 2024'])).toEqual([]);
  });
});

describe('findUnverified against the draft itself', () => {
  it.each([
    ['a 公文 with every kind of fact', '京政发〔2024〕7号\n一、2024年7月23日上午9:00，预算3000万元（增长15%），电话010-12345678，邮箱a@example.gov.cn，网址 https://www.example.gov.cn/a?b=1，《安全生产法》，“放管服”，GB/T 9704-2012，见附件。'],
    ['an English mail with every kind of fact', 'On Jul 9, 2024 at 2:30 pm we refunded $249.99 (15% off) for order #48213, ref INV-2024-0042. Call +1 (800) 555-0199, write to help@example.com or see https://example.com/help. The "Premium Care" terms are attached.'],
  ])('marks nothing in %s', (_label, text) => {
    expect(marked(text, [text])).toEqual([]);
  });

  it('matches North American numbers with and without the leading 1', () => {
    expect(marked('call 1-800-555-0199', ['(800) 555-0199'])).toEqual([]);
    expect(marked('call 800.555.0199', ['+1 800 555 0199'])).toEqual([]);
  });
});
