import { tokenize } from '../../../src/core/diff/tokens.js';

describe('tokenize', () => {
  it('splits Latin text into words, numbers, whitespace and single punctuation marks', () => {
    expect(tokenize("We don't pay 3,000.50 USD, ok?  Yes.")).toEqual([
      'We', ' ', "don't", ' ', 'pay', ' ', '3,000.50', ' ', 'USD', ',', ' ', 'ok', '?', '  ', 'Yes', '.',
    ]);
  });

  it('splits CJK text into single characters, punctuation included', () => {
    expect(tokenize('关于2025年“安全”检查。')).toEqual(['关', '于', '2025', '年', '“', '安', '全', '”', '检', '查', '。']);
    expect(tokenize('ひらがなカタカナ')).toEqual([...'ひらがなカタカナ']);
  });

  it('separates a Latin word from the CJK text it touches', () => {
    expect(tokenize('使用Word插件')).toEqual(['使', '用', 'Word', '插', '件']);
  });

  it('keeps letters and digits of one word together', () => {
    expect(tokenize('GB/T 9704-2012 v1.2 COVID19 U.S.')).toEqual(['GB', '/', 'T', ' ', '9704', '-', '2012', ' ', 'v1.2', ' ', 'COVID19', ' ', 'U', '.', 'S', '.']);
  });

  it('keeps accented words and astral characters whole and always gives the text back', () => {
    expect(tokenize('café naïve 𠀀😀')).toEqual(['café', ' ', 'naïve', ' ', '𠀀', '😀']);
    for (const text of ['', ' \n\t', 'a\r\nb', '！？，', '\ud800x']) expect(tokenize(text).join('')).toBe(text);
  });
});
