/**
 * Pipe tables: `| a | b |` rows, a `| --- | :-: |` separator after the header. A `|` always
 * separates cells (no escapes). Ragged rows are padded; a separator anywhere but second is
 * dropped, and so is a row with no cells (`|` alone, e.g. while streaming).
 */
import { parseInline } from './inline.js';
import type { TableBlock } from './types.js';

/** Cells of one row line: an outer leading and trailing pipe are optional. */
export function splitCells(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  if (inner === '') return [];
  return inner.split('|').map((cell) => cell.trim());
}

const SEPARATOR_CELL = /^:?-+:?$/;

export function isSeparatorCells(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => SEPARATOR_CELL.test(cell));
}

/** A separator line for a table whose rows have no leading pipe (it must contain a pipe). */
export function isSeparatorLine(line: string): boolean {
  return line.includes('|') && isSeparatorCells(splitCells(line));
}

export function buildTable(lines: readonly string[]): TableBlock | undefined {
  const rows = lines.map(splitCells).filter((cells) => cells.length > 0);
  const [first, second] = rows;
  const header = first !== undefined && second !== undefined && !isSeparatorCells(first) && isSeparatorCells(second);
  const data = rows.filter((cells) => !isSeparatorCells(cells));
  if (data.length === 0) return undefined;
  const width = data.reduce((max, cells) => Math.max(max, cells.length), 0);
  return {
    type: 'table',
    header,
    rows: data.map((cells) => Array.from({ length: width }, (_, i) => parseInline(cells[i] ?? ''))),
  };
}
