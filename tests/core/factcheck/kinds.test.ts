import { marked } from './helpers.js';

describe('findUnverified marks each kind of fact the sources do not give', () => {
  const sources = ['会议主题：安全生产', 'Subject: your order'];

  it.each([
    ['number', '全市共排查隐患1286处。', 'number:1286'],
    ['Chinese-numeral number', '参会人员约三十人。', 'number:三十'],
    ['date', '会议定于2024年7月23日召开。', 'date:2024年7月23日'],
    ['month and day', '请于7月19日前报送。', 'date:7月19日'],
    ['time', '上午9:00开始报到。', 'date:上午9:00'],
    ['amount in 万元', '安排专项资金3000万元。', 'amount:3000万元'],
    ['amount in Chinese numerals', '奖励人民币伍拾万元整。', 'amount:伍拾万元整'],
    ['percentage', '事故起数同比下降12.5%。', 'percent:12.5%'],
    ['percentage in words', '覆盖率达到百分之九十五。', 'percent:百分之九十五'],
    ['mobile number', '联系电话：13812345678。', 'phone:13812345678'],
    ['landline number', '联系电话：010-12345678。', 'phone:010-12345678'],
    ['400 number', '服务热线400-123-4567。', 'phone:400-123-4567'],
    ['e-mail address', '材料发送至 anquan@example.gov.cn。', 'email:anquan@example.gov.cn'],
    ['link', '详见 https://www.example.gov.cn/notice/2024。', 'url:https://www.example.gov.cn/notice/2024'],
    ['www link', '请登录www.example.com.cn查询。', 'url:www.example.com.cn'],
    ['title', '根据《中华人民共和国安全生产法》规定。', 'title:《中华人民共和国安全生产法》'],
    ['quoted name', '深入推进“最多跑一次”改革。', 'quote:“最多跑一次”'],
    ['corner-quoted name', '开展「平安校园」创建活动。', 'quote:「平安校园」'],
    ['document number', '根据京政发〔2023〕12号文件。', 'number:〔2023〕12号'],
    ['attachment promise', '具体安排详见附件。', 'attachment:附件'],
  ])('marks a %s (zh)', (_label, draft, expected) => {
    expect(marked(draft, sources)).toEqual([expected]);
  });

  it.each([
    ['number', 'We have shipped 42 units.', 'number:42'],
    ['date', 'Your refund was issued on July 23, 2024.', 'date:July 23, 2024'],
    ['time', 'Our team will call you at 2:30 pm.', 'date:2:30 pm'],
    ['dollar amount', 'We have refunded $249.99 to your card.', 'amount:$249.99'],
    ['amount with a scale word', 'The contract is worth USD 3.5 million.', 'amount:USD 3.5 million'],
    ['percentage', 'You qualify for a 15% discount.', 'percent:15%'],
    ['international phone number', 'Call us on +44 20 7946 0958.', 'phone:+44 20 7946 0958'],
    ['North American phone number', 'Call (555) 123-4567 any time.', 'phone:(555) 123-4567'],
    ['e-mail address', 'Write to refunds@example.com.', 'email:refunds@example.com'],
    ['link', 'Track it at http://track.example.net/abc?id=7.', 'url:http://track.example.net/abc?id=7'],
    ['quoted name', 'Upgrade to our "Premium Care" plan.', 'quote:"Premium Care"'],
    ['reference code', 'Your case number is CASE-2024-0042.', 'number:CASE-2024-0042'],
    ['attachment promise', 'Please find attached the return label.', 'attachment:attached'],
    ['enclosure promise', 'The warranty terms are enclosed.', 'attachment:enclosed'],
  ])('marks a %s (en)', (_label, draft, expected) => {
    expect(marked(draft, sources)).toEqual([expected]);
  });

  it('marks a value that differs from the one in the sources', () => {
    expect(marked('预算3000万元，会议7月24日召开。', ['预算：3000万元', '会议日期：2024-07-23'])).toEqual(['date:7月24日']);
    expect(marked('We refunded $2,500.', ['I paid $250.'])).toEqual(['amount:$2,500']);
  });

  it('marks an amount the sources give only in another currency', () => {
    expect(marked('我们已退款¥250。', ['I paid $250.'])).toEqual(['amount:¥250']);
  });

  it('marks a link whose host is given but whose path is not', () => {
    expect(marked('Reset it at https://example.com/reset-password', ['See https://example.com/help'])).toEqual([
      'url:https://example.com/reset-password',
    ]);
  });

  it('marks a 《》 title as a whole, not the year inside it', () => {
    expect(marked('印发《2025年工作要点》。', ['2025年'])).toEqual(['title:《2025年工作要点》']);
  });

  it('does not mark attachment promises when the sources mention an attachment or a file', () => {
    expect(marked('详见附件。', ['附件：参会回执'])).toEqual([]);
    expect(marked('Please find attached the label.', ['I have attached two photos.'])).toEqual([]);
    expect(marked('The form is attached.', ['form: return.pdf'])).toEqual([]);
  });
});
