import { estimateTokens } from '../../../src/core/email/tokens.js';
import { detectLanguage } from '../../../src/core/email/language.js';

describe('estimateTokens', () => {
  it('counts a CJK character as one token and other text as one token per four characters', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('合同续签')).toBe(4);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateTokens('请确认 PO 4471。')).toBe(4 + Math.ceil(' PO 4471'.length / 4)); // 请确认。 and ' PO 4471'
  });

  it('grows with the text, so a longer thread never looks cheaper', () => {
    expect(estimateTokens('Hello world, '.repeat(20))).toBeGreaterThan(estimateTokens('Hello world, '.repeat(10)));
  });
});

describe('detectLanguage', () => {
  it('reads Chinese even with English names, codes and links in it', () => {
    expect(detectLanguage('Hi Tom，附件是 Q3 invoice，请查收。详见 https://portal.example.com/invoices/2024/q3')).toBe('zh-CN');
  });

  it('reads English that names a Chinese colleague', () => {
    expect(detectLanguage('Please forward the contract to 张伟 before the board meeting on Thursday.')).toBe('en-US');
  });

  it('falls through to the next text when one has no letters, and defaults to English', () => {
    expect(detectLanguage('123 456', '会议纪要')).toBe('zh-CN');
    expect(detectLanguage('', '   ')).toBe('en-US');
  });
});
