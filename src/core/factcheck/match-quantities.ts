/**
 * Amounts, percentages, document numbers and plain numbers, each reduced to a value:
 * 3000万元 = 30,000,000元 = 三千万元, 15% = 百分之十五, 1,200,000 = 1200000.
 */
import { P, eachMatch, type Fact, type ScanContext } from './facts.js';
import {
  ARABIC_SOURCE, CN_CLASS, CN_SCALE_SOURCE, CN_UNIT_CHARS, canonicalNumber, parseAnyNumber, parseArabic,
  parseChineseNumber, scaleOf,
} from './numerals.js';

const NUM = `(${ARABIC_SOURCE})`;
const SCALE = `(?:\\s?(${CN_SCALE_SOURCE})|\\s(thousand|million|billion|trillion)\\b)?`;
// $5k, $3M, $2bn: letter scales only straight after a currency amount, where they cannot be units.
const SHORT_SCALE = '(?:([kKmM]|mn|bn|MN|BN)\\b)?';

const CURRENCY_PREFIX = 'US\\$|HK\\$|A\\$|C\\$|S\\$|RMB|CNY|USD|EUR|GBP|HKD|JPY|人民币|[$¥￥€£]';
const CURRENCY_SUFFIX = '元|美元|欧元|英镑|港元|港币|日元|块钱|RMB|CNY|USD|EUR|GBP|HKD|JPY|dollars?\\b|yuan\\b|euros?\\b';

const AMOUNT_PREFIXED = new RegExp(
  `(${CURRENCY_PREFIX})\\s?${NUM}${SCALE}${SHORT_SCALE}(?:\\s?(${CURRENCY_SUFFIX}))?`,
  'g',
);
const AMOUNT_SUFFIXED = new RegExp(`(?<![\\d.])${NUM}${SCALE}\\s?(${CURRENCY_SUFFIX})`, 'g');
const AMOUNT_CN = new RegExp(`(${CN_CLASS}+)\\s?(${CURRENCY_SUFFIX})整?`, 'g');

const PERCENT = new RegExp(`(?<![\\d.])${NUM}\\s?(?:%|percent\\b|per cent\\b|个百分点|percentage points?\\b)`, 'gi');
const PERCENT_CN = new RegExp(`百分之\\s?(${ARABIC_SOURCE}|${CN_CLASS}+)`, 'g');
const PERCENT_POINTS_CN = new RegExp(`(${CN_CLASS}+)个百分点`, 'g');

const DOCNO = /[〔[(]\s*(\d{4})\s*[〕\])]\s*第?\s*(\d{1,5})\s*号/g;

const ARABIC_NUMBER = new RegExp(`(?<![\\d.])${NUM}${SCALE}`, 'g');
const CN_NUMBER = new RegExp(`${CN_CLASS}+`, 'g');

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:US\$|\$|USD|美元|dollars?)$/i, 'USD'],
  [/^(?:HK\$|HKD|港元|港币)$/i, 'HKD'],
  [/^(?:€|EUR|欧元|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|英镑)$/i, 'GBP'],
  [/^(?:JPY|日元)$/i, 'JPY'],
  [/^(?:¥|￥|RMB|CNY|人民币|元|块钱|yuan)$/i, 'CNY'],
];

function currencyOf(...symbols: Array<string | undefined>): string | undefined {
  for (const s of symbols) {
    if (!s) continue;
    for (const [re, code] of CURRENCIES) if (re.test(s)) return code;
  }
  return undefined;
}

function span(ctx: ScanContext, m: RegExpExecArray, priority: number, reason: 'amount' | 'percent' | 'number' | 'docno', facts: Fact[]): void {
  ctx.emit({ start: m.index, end: m.index + m[0].length, priority, found: { reason, facts } });
}

function matchAmounts(ctx: ScanContext): void {
  const { text } = ctx;
  eachMatch(AMOUNT_PREFIXED, text, (m) => {
    const [, prefix, n = '', cnScale, enScale, shortScale, suffix] = m;
    const value = parseArabic(n) * scaleOf(cnScale ?? enScale ?? shortScale);
    span(ctx, m, P.amount, 'amount', [{ type: 'amount', value: canonicalNumber(value), currency: currencyOf(suffix, prefix) }]);
  });
  eachMatch(AMOUNT_SUFFIXED, text, (m) => {
    const [, n = '', cnScale, enScale, suffix] = m;
    const value = parseArabic(n) * scaleOf(cnScale ?? enScale);
    span(ctx, m, P.amount, 'amount', [{ type: 'amount', value: canonicalNumber(value), currency: currencyOf(suffix) }]);
  });
  eachMatch(AMOUNT_CN, text, (m) => {
    const run = m[1] ?? '';
    // 多元, 一元化: a Chinese amount needs a unit character (三千万元, 伍拾万元).
    if (![...run].some((c) => CN_UNIT_CHARS.includes(c))) return;
    const value = parseChineseNumber(run);
    if (value === undefined) return;
    span(ctx, m, P.amount, 'amount', [{ type: 'amount', value: canonicalNumber(value), currency: currencyOf(m[2]) }]);
  });
}

function matchPercents(ctx: ScanContext): void {
  const percent = (m: RegExpExecArray) => {
    const value = parseAnyNumber(m[1] ?? '');
    if (value !== undefined) span(ctx, m, P.percent, 'percent', [{ type: 'percent', value: canonicalNumber(value) }]);
  };
  eachMatch(PERCENT, ctx.text, percent);
  eachMatch(PERCENT_CN, ctx.text, percent);
  eachMatch(PERCENT_POINTS_CN, ctx.text, percent);
}

function matchNumbers(ctx: ScanContext): void {
  const { text } = ctx;
  eachMatch(DOCNO, text, (m) => span(ctx, m, P.docno, 'docno', [{ type: 'docno', key: `${Number(m[1])}:${Number(m[2])}` }]));
  eachMatch(ARABIC_NUMBER, text, (m) => {
    const [, n = '', cnScale, enScale] = m;
    const scale = scaleOf(cnScale ?? enScale);
    const value = parseArabic(n) * scale;
    const fact: Fact = { type: 'number', value: canonicalNumber(value) };
    if (scale === 1 && /^\d{4}$/.test(n) && value >= 1000 && value <= 2999) fact.year = value;
    if (scale === 1 && /^\d{7,}$/.test(n)) fact.digits = n;
    span(ctx, m, P.number, 'number', [fact]);
  });
  eachMatch(CN_NUMBER, text, (m) => {
    const run = m[0];
    // 三十, 二百, 三千万 count; 一, 两, 三 (一方面, 两个, 三个代表) and bare units (十分, 百姓,
    // 千万不要) are prose.
    const hasDigit = [...run].some((c) => !CN_UNIT_CHARS.includes(c));
    const hasUnit = [...run].some((c) => CN_UNIT_CHARS.includes(c));
    if (!hasDigit || !hasUnit) return;
    const value = parseChineseNumber(run);
    if (value === undefined || value < 10) return;
    span(ctx, m, P.number, 'number', [{ type: 'number', value: canonicalNumber(value) }]);
  });
}

export function matchQuantities(ctx: ScanContext): void {
  matchAmounts(ctx);
  matchPercents(ctx);
  matchNumbers(ctx);
}
