/** Character classes, spans that must never be touched, and Chinese numerals. */

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation that belongs to Chinese text. */
const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—·～');

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => ch !== undefined && CJK_PUNCT.has(ch);
export const isCjk = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch); // \s covers U+3000 and U+00A0

export const hasHan = (text: string): boolean => HAN.test(text);

/** The paragraph without its leading and trailing whitespace (indents, right-aligned dates). */
export interface Content {
  start: number;
  end: number;
  text: string;
}

export function contentOf(paragraph: string): Content {
  const start = paragraph.length - paragraph.trimStart().length;
  const end = paragraph.trimEnd().length;
  return end <= start ? { start: 0, end: 0, text: '' } : { start, end, text: paragraph.slice(start, end) };
}

/** Links and e-mail addresses: their punctuation is ASCII on purpose. */
const PROTECTED = [
  /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’<>]+/gi,
  /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef“”‘’<>]*/gi,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
];

export function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of PROTECTED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export const inSpans = (spans: ReadonlyArray<readonly [number, number]>, at: number): boolean =>
  spans.some(([s, e]) => at >= s && at < e);

/** Runs a global regex over text, calling fn for each match. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fn(m);
    if (m[0] === '') re.lastIndex++;
  }
}

const DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, '0': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
export const CN_DIGIT_CLASS = '〇○零Ｏ一二三四五六七八九';
export const CN_NUMBER_CLASS = '一二三四五六七八九十廿卅';

/** 一 → 1, 十二 → 12, 二十三 → 23, 廿三 → 23; undefined for anything else (up to 99). */
export function parseChineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  const normalised = text.replace(/^廿/, '二十').replace(/^卅/, '三十');
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(normalised);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

/** 二〇二四 → 2024 (digit by digit, as years are written). */
export function parseChineseDigits(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return text ? value : undefined;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 23 → 二十三 (1–99). */
export function formatChineseNumber(n: number): string {
  if (n < 10) return CN[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (CN[tens] ?? '')}十${CN[n % 10] ?? ''}`;
}

/** Full-width digits to ASCII. */
export const asciiDigits = (text: string): string => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Splits text into sentences at 。！？； (and their ASCII forms), keeping offsets. */
export function sentences(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || '。！？；!?;'.includes(text[i] ?? '')) {
      const end = Math.min(i + 1, text.length);
      const slice = text.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      if (slice.trim()) out.push({ start: start + lead, end: start + slice.trimEnd().length, text: slice.trim() });
      start = end;
    }
  }
  return out;
}
