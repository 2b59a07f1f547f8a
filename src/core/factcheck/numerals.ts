/**
 * Numbers as values: Chinese numerals (三千万, 二十三, 二〇二四), Arabic numbers with
 * thousands separators, and the scale words that multiply them (万, 亿, million). Every
 * number ends up as one canonical string so the draft and the sources compare by value.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CN_DIGIT_CHARS = Object.keys(CN_DIGITS).join('');
export const CN_UNIT_CHARS = '十拾百佰千仟万亿';
/** A regex character class of every Chinese numeral character. */
export const CN_CLASS = `[${CN_DIGIT_CHARS}${CN_UNIT_CHARS}]`;

/**
 * Reads a positional Chinese numeral: 十二, 二十三, 一百零五, 三千万, 一亿三千万, 叁仟万.
 * Returns undefined for anything that is not a well-formed number (二〇二四 read digit by digit
 * is `parseChineseDigits`; idioms such as 万一 or 十四五 are not numbers).
 */
export function parseChineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Infinity;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // 二三: two digits in a row
      digit = d;
      continue;
    }
    const small = CN_SMALL_UNITS[c];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      // Only 十 may stand without its coefficient, and only at the head of a section: 十二.
      const coefficient = digit ?? (small === 10 && section === 0 ? 1 : undefined);
      if (coefficient === undefined || coefficient === 0) return undefined;
      section += coefficient * small;
      digit = undefined;
      lastSmall = small;
      continue;
    }
    if (c === '万' || c === '亿') {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined;
      total = c === '亿' ? (total + part) * 1e8 : total + part * 1e4;
      section = 0;
      digit = undefined;
      lastSmall = Infinity;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** 二〇二四 → 2024: digits read one by one, as years are written. */
export function parseChineseDigits(s: string): number | undefined {
  if (!s) return undefined;
  let out = '';
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d === undefined) return undefined;
    out += String(d);
  }
  return Number(out);
}

/** An Arabic number with optional thousands separators: "1,200,000.5" → 1200000.5. */
export function parseArabic(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Arabic digits, or Chinese numerals read positionally or (for years) digit by digit. */
export function parseAnyNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+\.\d+$/.test(s)) return parseArabic(s);
  return parseChineseNumber(s) ?? (s.length === 4 ? parseChineseDigits(s) : undefined);
}

const SCALES: Record<string, number> = {
  十万: 1e5, 百万: 1e6, 千万: 1e7, 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9,
};

/** The multiplier of a scale word (万, 千万, million, k, bn); 1 when absent or unknown. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase()] ?? 1;
}

/** Regex source for the scale words Chinese writes straight after a number (3000万, 1.5亿). */
export const CN_SCALE_SOURCE = '十万|百万|千万|万亿|亿|万|千(?![米克瓦字])';
/** Regex source for an Arabic number with optional separators and decimals. */
export const ARABIC_SOURCE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** One string per value, free of float noise: 3000万 and 30,000,000 both give "30000000". */
export function canonicalNumber(value: number): string {
  if (Number.isSafeInteger(value)) return String(value); // the common case, and cheap
  return String(Number(value.toPrecision(12)));
}
