/**
 * 成文日期 and 印发日期 in Arabic numerals, year in full, no leading zeros (GB/T 9704-2012
 * 7.3.5.4, 7.4.3); dates elsewhere in the text only lose their leading zeros (chapter 9 points
 * number usage to GB/T 15835, which allows other forms in running text).
 */
import { cite, msg, quote, type ReviewRule } from '../rule.js';
import { asciiDigits, eachMatch, isValidDate, parseChineseDigits, parseChineseNumber } from '../text.js';
import type { Localized } from '../../../i18n/locale.js';

interface DateMatch {
  start: number;
  end: number;
  y: number;
  m: number;
  d: number;
  kind: 'arabic' | 'chinese' | 'separated';
}

const DATE_PATTERNS: ReadonlyArray<readonly [DateMatch['kind'], RegExp]> = [
  ['chinese', /([〇○零Ｏ〇O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十廿卅]{1,4})\s*日/g],
  ['arabic', /(?<![0-9０-９])([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/g],
  ['separated', /(?<![0-9０-９])([0-9０-９]{4})\s*([-./／．—－])\s*([0-9０-９]{1,2})\s*\2\s*([0-9０-９]{1,2})(?![0-9０-９])(?:\s*日)?/g],
];

function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const [kind, re] of DATE_PATTERNS) {
    eachMatch(re, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) return;
      const [y, mo, d] =
        kind === 'chinese'
          ? [parseChineseDigits(m[1] ?? ''), parseChineseNumber(m[2] ?? ''), parseChineseNumber(m[3] ?? '')]
          : kind === 'arabic'
            ? [Number(asciiDigits(m[1] ?? '')), Number(asciiDigits(m[2] ?? '')), Number(asciiDigits(m[3] ?? ''))]
            : [Number(asciiDigits(m[1] ?? '')), Number(asciiDigits(m[3] ?? '')), Number(asciiDigits(m[4] ?? ''))];
      if (y === undefined || mo === undefined || d === undefined || !isValidDate(y, mo, d)) return;
      found.push({ start, end, y, m: mo, d, kind });
    });
  }
  return found;
}

function whatIsWrong(kind: DateMatch['kind'], text: string, canonical: string, element: Localized): Localized {
  const el = element;
  if (kind === 'chinese') {
    return msg(`${el['zh-CN']}用阿拉伯数字标注，应写作${quote(canonical)}。`, `Write the ${el['en-US']} in Arabic numerals: ${canonical}.`);
  }
  if (kind === 'separated') {
    return msg(`${el['zh-CN']}将年、月、日标全，应写作${quote(canonical)}，不用“-”“.”“/”分隔。`, `Write the ${el['en-US']} with 年, 月 and 日: ${canonical}, not with "-", "." or "/".`);
  }
  if (/[年月]\s*0[0-9]/.test(asciiDigits(text))) {
    return msg(`${el['zh-CN']}中的月、日不编虚位（1不编为01），应写作${quote(canonical)}。`, `No leading zeros in the month or day of the ${el['en-US']}: ${canonical}.`);
  }
  return msg(`${el['zh-CN']}应写作${quote(canonical)}（半角阿拉伯数字，中间不加空格）。`, `Write the ${el['en-US']} as ${canonical} (ASCII digits, no spaces).`);
}

export const dateFormatRule: ReviewRule = {
  id: 'gbt9704.date-format',
  source: 'gbt9704',
  name: msg('成文日期、印发日期的写法', 'How the date of issue and the printing date are written'),
  citation: cite.gbt('7.3.5.4', '成文日期中的数字', 'numbers in the date of issue'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role !== 'date' && p.role !== 'printed') continue;
      const printed = p.role === 'printed';
      const element = printed ? msg('印发日期', 'printing date') : msg('成文日期', 'date of issue');
      const citation = printed ? cite.gbt('7.4.3', '印发机关和印发日期', 'printing office and date') : undefined;
      for (const date of findDates(p.content.text)) {
        const start = p.content.start + date.start;
        const end = p.content.start + date.end;
        const text = p.text.slice(start, end);
        const canonical = `${date.y}年${date.m}月${date.d}日`;
        if (text === canonical) continue;
        emit(p, start, end, whatIsWrong(date.kind, text, canonical, element), { replacement: canonical, ...(citation ? { citation } : {}) });
      }
    }
  },
};

// Month with year or day around it, so 07月 alone (a code, a column) is left alone.
const PADDED = /(?<![0-9０-９])(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})日)?/g;

export const dateZeroPaddingRule: ReviewRule = {
  id: 'gbt9704.date-zero-padding',
  source: 'gbt9704',
  name: msg('日期不编虚位', 'No leading zeros in dates'),
  citation: msg('GB/T 9704-2012 第9章（数字用法依 GB/T 15835）', 'GB/T 9704-2012, chapter 9 (numbers follow GB/T 15835)'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank' || p.role === 'date' || p.role === 'printed') continue;
      eachMatch(PADDED, p.text, (m) => {
        const [whole, y, mo = '', d] = m;
        if (!y && !d) return;
        const padded = (s: string | undefined) => !!s && s.length === 2 && s.startsWith('0');
        if (!padded(mo) && !padded(d)) return;
        const month = Number(mo);
        const day = d === undefined ? undefined : Number(d);
        if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return;
        const canonical = `${y ? `${y}年` : ''}${month}月${day !== undefined ? `${day}日` : ''}`;
        emit(p, m.index, m.index + whole.length, msg(`日期中的月、日不编虚位，应写作${quote(canonical)}。`, `No leading zeros in dates: write ${canonical}.`), { replacement: canonical });
      });
    }
  },
};
