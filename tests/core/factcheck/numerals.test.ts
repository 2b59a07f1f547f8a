import { canonicalNumber, parseChineseNumber } from '../../../src/core/factcheck/index.js';

describe('parseChineseNumber', () => {
  it.each([
    ['十二', 12], ['二十三', 23], ['一百零五', 105], ['一千零五十', 1050], ['两千', 2000],
    ['三千万', 30000000], ['一亿三千万', 130000000], ['十万', 100000], ['叁仟万', 30000000], ['十二万亿', 12e12],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['万一', '十四五', '二〇二四', '三十百', '百', ''])('does not read %p as a number', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});

describe('canonicalNumber', () => {
  it('gives one string per value, free of float noise', () => {
    expect(canonicalNumber(3000 * 1e4)).toBe('30000000');
    expect(canonicalNumber(1.1 * 3)).toBe('3.3');
    expect(canonicalNumber(1.5e8)).toBe('150000000');
  });
});
