/**
 * Spans that look numeric but state no fact, claimed first so nothing inside them is marked:
 * list and section markers (一、 （一） 1. （1）), table row numbers, citation markers [1],
 * placeholders the model writes on purpose (【发文字号】, [Customer name]) and small ordinals
 * (第一, 第二, 2nd).
 */
import { P, eachMatch, type ScanContext } from './facts.js';
import { CN_CLASS, canonicalNumber, parseAnyNumber } from './numerals.js';

const LINE_MARKER = new RegExp(
  `^[ \\t]*(?:#{1,6}[ \\t]*|[-*+•][ \\t]+|>[ \\t]*)?` +
    `(\\d{1,3}[.、)](?!\\d)|\\(\\d{1,2}\\)|${CN_CLASS}{1,4}、|\\(${CN_CLASS}{1,4}\\))`,
  'gm',
);
// The running number in a table's first column: | 1 | 设备 | 120万元 |.
const TABLE_ROW_NUMBER = /^[ \t]*\|[ \t]*(\d{1,3})[ \t]*(?=\|)/gm;
const PAREN_MARKER = new RegExp(`\\((?:\\d{1,2}|${CN_CLASS}{1,3})\\)`, 'g');
const CN_ENUM = new RegExp(`(?<!${CN_CLASS})${CN_CLASS}{1,3}、`, 'g');
const CITATION = /\[\d{1,2}\]/g;
const PLACEHOLDER = /【[^【】\n]{0,40}】|\[[^[\]\n\d]{1,40}\]|\{\{[^{}\n]{1,40}\}\}/g;
const ORDINAL_CN = new RegExp(`第\\s?(\\d+|${CN_CLASS}+)`, 'g');
const ORDINAL_EN = /\b(\d{1,2})(?:st|nd|rd|th)\b/gi;

/** 第一…第十 and 1st…10th enumerate; beyond that (第十二届, 21st) they state a fact. */
const SMALL_ORDINAL = 10;

export function matchStructure(ctx: ScanContext): void {
  const { text, emit } = ctx;
  const claim = (start: number, end: number) => emit({ start, end, priority: P.claim });
  eachMatch(LINE_MARKER, text, (m) => {
    const marker = m[1] ?? '';
    const end = m.index + m[0].length;
    claim(end - marker.length, end);
  });
  eachMatch(TABLE_ROW_NUMBER, text, (m) => {
    const end = m.index + m[0].trimEnd().length;
    claim(end - (m[1] ?? '').length, end);
  });
  eachMatch(PAREN_MARKER, text, (m) => claim(m.index, m.index + m[0].length));
  eachMatch(CN_ENUM, text, (m) => {
    const value = parseAnyNumber(m[0].slice(0, -1));
    if (value !== undefined && value <= 20) claim(m.index, m.index + m[0].length);
  });
  eachMatch(CITATION, text, (m) => claim(m.index, m.index + m[0].length));
  eachMatch(PLACEHOLDER, text, (m) => claim(m.index, m.index + m[0].length));

  const ordinal = (m: RegExpExecArray) => {
    const value = parseAnyNumber(m[1] ?? '');
    if (value === undefined) return;
    const start = m.index;
    const end = m.index + m[0].length;
    if (value <= SMALL_ORDINAL) emit({ start, end, priority: P.ordinal });
    else emit({ start, end, priority: P.ordinal, found: { reason: 'number', facts: [{ type: 'number', value: canonicalNumber(value) }] } });
  };
  eachMatch(ORDINAL_CN, text, ordinal);
  eachMatch(ORDINAL_EN, text, ordinal);
}
