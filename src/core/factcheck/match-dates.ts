/**
 * Dates and times in the forms Chinese and English drafts use: 2024-07-23, 2024/7/23,
 * 2024.7.23, 2024年7月23日, 二〇二四年七月二十三日, 7月23日, 12月, 23日, July 23, 2024,
 * 23 July 2024, Jul 23, 03/04/2024; 14:30, 下午2时30分, 9点半, 2:30 pm.
 */
import { P, eachMatch, type Fact, type ScanContext } from './facts.js';
import { CN_DIGIT_CHARS, parseAnyNumber, parseChineseDigits } from './numerals.js';

const CN_SMALL = '[一二两三四五六七八九十]';
const NUM_OR_CN = `(\\d{1,2}|${CN_SMALL}{1,3})`;
const CN_YEAR = `[${CN_DIGIT_CHARS}]{4}`;

const YMD_NUMERIC = /(?<![\d.])(\d{4})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?![\d])/g;
// Year and month only with - or /: 1234.5 is a number far more often than May 1234.
const YM_NUMERIC = /(?<![\d.])(\d{4})([-/])(\d{1,2})(?![\d.\-/])/g;
const YMD_CN = new RegExp(
  `(?<![\\d${CN_DIGIT_CHARS}])(\\d{4}|${CN_YEAR})\\s?年(?:\\s?${NUM_OR_CN}\\s?月(?:\\s?${NUM_OR_CN}\\s?[日号])?)?`,
  'g',
);
const MD_CN = new RegExp(`(?<![\\d${CN_DIGIT_CHARS}十])${NUM_OR_CN}\\s?月(?:\\s?${NUM_OR_CN}\\s?[日号])?`, 'g');
// A day on its own (至25日); single Chinese digits (五日) are too often prose to count.
const DAY_CN = new RegExp(`(?<![\\d${CN_DIGIT_CHARS}十月])(\\d{1,2}|${CN_SMALL}{2,3})\\s?日`, 'g');
const DMY_NUMERIC = /(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g;
const MD_SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const EN_MDY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?![a-z])(?:,?\\s+(\\d{4})\\b)?`, 'g');
const EN_MY = new RegExp(`\\b${MON}\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');

const PERIOD = '(上午|下午|晚上|中午|早上|凌晨|傍晚)';
const TIME_COLON = new RegExp(`(?:${PERIOD}\\s?)?(?<!\\d)(\\d{1,2})\\s?:\\s?(\\d{2})(?!\\d)(?:\\s?([ap])(?:\\.m\\.|m)(?![a-z]))?`, 'gi');
const TIME_CN = new RegExp(
  `(?:${PERIOD}\\s?)?(?<![\\d${CN_DIGIT_CHARS}十])${NUM_OR_CN}\\s?([时点])(?:\\s?(\\d{1,2}|${CN_SMALL}{1,3})\\s?分|\\s?(半)|(钟|整))?`,
  'g',
);
const TIME_EN = /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s?([ap])(?:\.m\.|m)(?![a-z])/gi;

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseAnyNumber(s);
}

function validDate(y: number | undefined, m: number | undefined, d: number | undefined): boolean {
  if (y !== undefined && (y < 1000 || y > 2999)) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return y !== undefined || m !== undefined || d !== undefined;
}

function emitDate(ctx: ScanContext, m: RegExpExecArray, readings: Array<[number?, number?, number?]>): void {
  const facts: Fact[] = readings
    .filter(([y, mo, d]) => validDate(y, mo, d))
    .map(([y, mo, d]) => ({ type: 'date', y, m: mo, d }));
  if (facts.length === 0) return;
  ctx.emit({ start: m.index, end: m.index + m[0].length, priority: P.date, found: { reason: 'date', facts } });
}

/** 03/04/2024: month first in en-US drafts, either way in sources and other drafts. */
function dayMonthReadings(ctx: ScanContext, a: number, b: number, y?: number): Array<[number?, number?, number?]> {
  if (ctx.monthFirst && !ctx.forSource && a <= 12) return [[y, a, b]];
  return [[y, a, b], [y, b, a]];
}

function matchDates(ctx: ScanContext): void {
  const { text } = ctx;
  eachMatch(YMD_NUMERIC, text, (m) => emitDate(ctx, m, [[num(m[1]), num(m[3]), num(m[4])]]));
  eachMatch(YM_NUMERIC, text, (m) => emitDate(ctx, m, [[num(m[1]), num(m[3])]]));
  eachMatch(YMD_CN, text, (m) => {
    const year = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : parseChineseDigits(m[1] ?? '');
    emitDate(ctx, m, [[year, num(m[2]), num(m[3])]]);
  });
  eachMatch(MD_CN, text, (m) => emitDate(ctx, m, [[undefined, num(m[1]), num(m[2])]]));
  eachMatch(DAY_CN, text, (m) => emitDate(ctx, m, [[undefined, undefined, num(m[1])]]));
  eachMatch(DMY_NUMERIC, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    emitDate(ctx, m, dayMonthReadings(ctx, a, b, Number(m[4])));
  });
  eachMatch(MD_SLASH, text, (m) => {
    if (m[0] === '24/7') return ctx.emit({ start: m.index, end: m.index + 4, priority: P.claim }); // round the clock
    emitDate(ctx, m, dayMonthReadings(ctx, Number(m[1]), Number(m[2])));
  });
  eachMatch(EN_MDY, text, (m) => emitDate(ctx, m, [[num(m[3]), monthOf(m[1] ?? ''), num(m[2])]]));
  eachMatch(EN_DMY, text, (m) => emitDate(ctx, m, [[num(m[3]), monthOf(m[2] ?? ''), num(m[1])]]));
  eachMatch(EN_MY, text, (m) => emitDate(ctx, m, [[num(m[2]), monthOf(m[1] ?? '')]]));
}

const LATE = new Set(['下午', '晚上', '傍晚', 'p', 'P']);
const EARLY = new Set(['上午', '早上', '凌晨', 'a', 'A']);

/** 24-hour readings: 下午2点 is 14:00; a bare 2点 may be either. */
function hours(h: number, period: string | undefined): number[] {
  if (period === undefined) return h < 12 ? [h, h + 12] : h === 12 ? [12, 0] : [h];
  if (LATE.has(period)) return [h < 12 ? h + 12 : h];
  if (EARLY.has(period)) return [h === 12 ? 0 : h];
  return [h < 5 ? h + 12 : h]; // 中午: 12点, 1点 → 13:00
}

function emitTime(ctx: ScanContext, m: RegExpExecArray, h: number | undefined, min: number | undefined, period: string | undefined): void {
  if (h === undefined || min === undefined || h > 24 || min > 59) return;
  const facts: Fact[] = hours(h, period).map((hh) => ({
    type: 'time',
    hm: `${String(hh % 24).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
  }));
  ctx.emit({ start: m.index, end: m.index + m[0].length, priority: P.time, found: { reason: 'time', facts } });
}

function matchTimes(ctx: ScanContext): void {
  const { text } = ctx;
  eachMatch(TIME_COLON, text, (m) => emitTime(ctx, m, num(m[2]), num(m[3]), m[4] ?? m[1]));
  eachMatch(TIME_CN, text, (m) => {
    const [, period, h, mark, minutes, half, oclock] = m;
    const arabic = /^\d+$/.test(h ?? '');
    // 3点 / 三点 are as often "three points" as three o'clock: 点 needs a period or minutes,
    // and a Chinese-numeral hour needs one too.
    const explicit = period !== undefined || minutes !== undefined || half !== undefined || oclock !== undefined;
    if (!explicit && (mark === '点' || !arabic)) return;
    emitTime(ctx, m, num(h), half ? 30 : minutes === undefined ? 0 : num(minutes), period);
  });
  eachMatch(TIME_EN, text, (m) => emitTime(ctx, m, num(m[1]), m[2] === undefined ? 0 : num(m[2]), m[3]));
}

export function matchDatesAndTimes(ctx: ScanContext): void {
  matchDates(ctx);
  matchTimes(ctx);
}
