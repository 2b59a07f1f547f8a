import { CORRECT_DOCUMENTS, NOTICE } from './documents.js';
import { brief, review } from './helpers.js';

describe('the format review stays silent on correct documents', () => {
  it.each(CORRECT_DOCUMENTS)('finds nothing in a correct %s', (_kind, doc) => {
    expect(brief(review(doc, 'document'))).toEqual([]);
  });

  it.each(CORRECT_DOCUMENTS)('finds nothing in any stretch of a correct %s reviewed as a selection', (_kind, doc) => {
    const found: string[] = [];
    for (let a = 0; a < doc.length; a++) {
      for (let b = a + 1; b <= doc.length; b++) {
        for (const line of brief(review(doc.slice(a, b), 'selection'))) found.push(`[${a},${b}) ${line}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds nothing in English text or a bare link, in either scope', () => {
    const english = [
      'Please review the attached report (version 2), and reply by Friday: we need it before the 9:30 meeting!',
      'The budget is $1,250.50; "final" figures follow. Isn\'t that right? It\'s 3.5% up.',
      'https://www.example.gov.cn/notice/2024/07?id=15&lang=en',
      'www.example.com.cn/path;jsessionid=1:2',
    ];
    expect(review(english, 'document')).toEqual([]);
    expect(review(english, 'selection')).toEqual([]);
  });

  it('leaves links, e-mail addresses, times, ratios and decimals inside Chinese text alone', () => {
    const text = [
      '请登录https://fx.example.gov.cn/report?type=daily,weekly;lang=zh报送，或发送至fx-office@example.gov.cn。',
      '会议于上午9:30开始，男女比例为3:2，共1,000人参加，增长3.5%。',
    ];
    expect(review(text, 'selection')).toEqual([]);
  });

  it('a whole notice reviewed as a selection finds nothing either', () => {
    expect(review(NOTICE, 'selection')).toEqual([]);
  });
});
