/**
 * Structure numbers at the start of a paragraph (GB/T 9704-2012 7.3.3): 一、 （一） 1. （1）.
 * Common mistypings are recognised too, so a rule can say what the number should look like.
 */
import { formatChineseNumber, parseChineseNumber } from './text.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingMarker {
  level: HeadingLevel;
  value: number;
  /** Offsets of the marker (number, brackets and separator) inside the paragraph. */
  start: number;
  end: number;
  raw: string;
  /** The standard form of this marker, e.g. "（二）". */
  canonical: string;
}

export function canonicalMarker(level: HeadingLevel, value: number): string {
  switch (level) {
    case 1: return `${formatChineseNumber(value)}、`;
    case 2: return `（${formatChineseNumber(value)}）`;
    case 3: return `${value}.`;
    case 4: return `（${value}）`;
  }
}

const CN = '一二三四五六七八九十';
// Each pattern reads the marker at the start of the content. Separators that are wrong but
// unmistakable are accepted so the separator rule can name them; anything looser is body text.
const PATTERNS: ReadonlyArray<readonly [HeadingLevel, RegExp, 'cn' | 'arabic']> = [
  // （一） (一) （一)、 一） — the bracket pair may mix widths; a trailing separator is wrong.
  [2, new RegExp(`^(?:[（(]\\s*([${CN}]{1,3})\\s*[）)]|([${CN}]{1,3})[）)])(?:[ \\t]*[、.．，,])?`), 'cn'],
  // 一、 and the mistyped 一. 一． 一， (not followed by a digit: 一.5 is not a heading).
  [1, new RegExp(`^([${CN}]{1,3})[ \\t]*(?:、|[.．，,](?![0-9０-９]))`), 'cn'],
  // （1） (1) 1） 1) with an optional wrong trailing separator.
  [4, /^(?:[（(]\s*([0-9]{1,2})\s*[）)]|([0-9]{1,2})[）)])(?:[ \t]*[、.．，,])?/, 'arabic'],
  // 1. and the mistyped 1． 1、 1， (not a decimal such as 1.5 or a date such as 2024.7).
  [3, /^([0-9]{1,2})[ \t]*(?:[、，,]|[.．](?![0-9０-９]))/, 'arabic'],
];

/** Reads the structure number at `offset` (the start of a paragraph's content), if any. */
export function readMarker(paragraph: string, offset: number): HeadingMarker | undefined {
  const text = paragraph.slice(offset);
  for (const [level, re, kind] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const digits = m[1] ?? m[2] ?? '';
    const value = kind === 'cn' ? parseChineseNumber(digits) : Number(digits);
    if (!value || value < 1) continue;
    // Only a heading when text follows the marker.
    if (!text.slice(m[0].length).trim()) continue;
    return { level, value, start: offset, end: offset + m[0].length, raw: m[0], canonical: canonicalMarker(level, value) };
  }
  return undefined;
}
