/**
 * Inline emphasis: `**bold**` / `__bold__`, `*italic*` / `_italic_`, `***both***`. A marker
 * run that cannot pair up stays literal text; nothing else (links, code, HTML) is interpreted.
 * The rules are a small, predictable subset of CommonMark's flanking rules:
 *   - an opener is followed, and a closer preceded, by a non-space character;
 *   - `_` does not open after, or close before, an ASCII letter or digit (snake_case stays);
 *   - `*` between two digits is multiplication (3*4*5 stays);
 *   - a run pairs only with a later run of the same character and the same length;
 *   - emphasis already in force is not applied again inside itself (bounded depth).
 */
import type { Inline } from './types.js';

interface DelimiterRun {
  start: number;
  end: number;
  ch: '*' | '_';
  canOpen: boolean;
  canClose: boolean;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9]/.test(ch);

function delimiterRuns(text: string): DelimiterRun[] {
  const runs: DelimiterRun[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '*' && ch !== '_') {
      i += 1;
      continue;
    }
    let j = i;
    while (text[j] === ch) j += 1;
    const before = text[i - 1];
    const after = text[j];
    let canOpen = !isSpace(after);
    let canClose = before !== undefined && !isSpace(before);
    if (ch === '_') {
      canOpen &&= !isAsciiAlnum(before);
      canClose &&= !isAsciiAlnum(after);
    } else if (isDigit(before) && isDigit(after)) {
      canOpen = false;
      canClose = false;
    }
    runs.push({ start: i, end: j, ch, canOpen, canClose });
    i = j;
  }
  return runs;
}

/** A run of `len` characters may open emphasis that is not already in force. */
function allowed(len: number, bold: boolean, italic: boolean): boolean {
  if (len === 1) return !italic;
  if (len === 2) return !bold;
  return len === 3 && !bold && !italic;
}

class InlineParser {
  private readonly runs: DelimiterRun[];
  /** Indices of closing-capable runs per `char + length`, ascending, for binary search. */
  private readonly closers = new Map<string, number[]>();
  readonly out: Inline[] = [];

  constructor(private readonly text: string) {
    this.runs = delimiterRuns(text);
    this.runs.forEach((run, index) => {
      if (!run.canClose) return;
      const key = run.ch + String(run.end - run.start);
      const list = this.closers.get(key) ?? [];
      list.push(index);
      this.closers.set(key, list);
    });
  }

  /** The first closer for run `index` before run `limit`, or -1. */
  private closerFor(index: number, limit: number): number {
    const run = this.runs[index];
    if (!run) return -1;
    const list = this.closers.get(run.ch + String(run.end - run.start));
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? Infinity) > index) hi = mid;
      else lo = mid + 1;
    }
    const found = list[lo];
    return found !== undefined && found < limit ? found : -1;
  }

  private emit(text: string, bold: boolean, italic: boolean): void {
    if (text === '') return;
    const run: Inline = { text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    this.out.push(run);
  }

  /** Parses text[start, end) whose delimiter runs are runs[from, to). */
  span(from: number, to: number, start: number, end: number, bold: boolean, italic: boolean): void {
    let pos = start;
    let i = from;
    while (i < to) {
      const run = this.runs[i];
      const len = run ? run.end - run.start : 0;
      if (run && run.canOpen && allowed(len, bold, italic)) {
        const j = this.closerFor(i, to);
        const closer = this.runs[j];
        if (closer) {
          this.emit(this.text.slice(pos, run.start), bold, italic);
          this.span(i + 1, j, run.end, closer.start, bold || len >= 2, italic || len !== 2);
          pos = closer.end;
          i = j + 1;
          continue;
        }
      }
      i += 1;
    }
    this.emit(this.text.slice(pos, end), bold, italic);
  }

  parse(): Inline[] {
    this.span(0, this.runs.length, 0, this.text.length, false, false);
    return this.out;
  }
}

/**
 * Parses one logical line of text into runs, none empty. Two emphasised spans that touch
 * (`**a**__b__`) stay two runs: merging them would lose where one ends, and with it the way
 * back to the same text.
 */
export function parseInline(text: string): Inline[] {
  return new InlineParser(text).parse();
}

/** Copies runs in the parser's shape: no empty runs, flags present only when true. */
export function cleanRuns(runs: readonly Inline[]): Inline[] {
  return runs
    .filter((run) => typeof run?.text === 'string' && run.text !== '')
    .map((run) => {
      const copy: Inline = { text: run.text };
      if (run.bold) copy.bold = true;
      if (run.italic) copy.italic = true;
      return copy;
    });
}

/** Same text and emphasis, ignoring how absent flags are spelled. */
export function sameInlines(a: readonly Inline[], b: readonly Inline[]): boolean {
  return (
    a.length === b.length &&
    a.every((run, i) => {
      const other = b[i];
      return other !== undefined && run.text === other.text && !!run.bold === !!other.bold && !!run.italic === !!other.italic;
    })
  );
}

/** The runs' text without emphasis. */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((run) => run.text).join('');
}
