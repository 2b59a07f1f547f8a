/**
 * Splits model output into lines and says what each line is. Every rule looks at one line only
 * (plus, for tables without a leading pipe, the next one), so a prefix of a stream classifies
 * its complete lines exactly as the finished text will.
 */
import { dropHtmlTags } from './html-tags.js';

export type Line =
  | { kind: 'blank' }
  /** `---`, `***`, `___`, `===`: a separator with no block of its own. */
  | { kind: 'rule' }
  | { kind: 'fence'; char: '`' | '~'; length: number; info: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'item'; ordered: boolean; number: number; indent: number; text: string }
  /** Starts with `|`. */
  | { kind: 'row'; text: string }
  | { kind: 'text'; indent: number; text: string };

/** C0 controls (except tab) and DEL: invisible, and some of them make Word's XML invalid. */
function dropControls(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (ch === '\t' || (code >= 0x20 && code !== 0x7f)) out += ch;
  }
  return out;
}

/** Normalises line endings (CRLF, CR), drops a BOM and controls, trims line ends. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => dropControls(line).trimEnd());
}

/** Leading whitespace width: a tab reaches the next multiple of 4, an ideographic space is 2. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 4 - (width % 4);
    else if (ch === '\u3000') width += 2;
    else break;
  }
  return width;
}

const FENCE = /^(?:(`{3,})([^`]*)|(~{3,})(.*))$/;
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,})$/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
/** `- `, `* `, `+ `; `•` is also accepted without a space. An empty marker is an empty item. */
const BULLET = /^(?:([-*+])(?:[ \t]+(.*))?|•[ \t]*(.*))$/;
/** `1. ` / `1) ` with at most three digits, so `2024. 5. 1` stays text; `1、` and `1.x` stay text. */
const ORDERED = /^(\d{1,3})[.)](?:[ \t]+(.*))?$/;

export function fenceOf(trimmed: string): Extract<Line, { kind: 'fence' }> | undefined {
  const m = FENCE.exec(trimmed);
  if (!m) return undefined;
  const run = m[1] ?? m[3] ?? '';
  return { kind: 'fence', char: run[0] === '~' ? '~' : '`', length: run.length, info: (m[2] ?? m[4] ?? '').trim() };
}

/** A closing fence: the opening character repeated at least as often, and nothing else. */
export function closesFence(trimmed: string, fence: { char: string; length: number }): boolean {
  return trimmed.length >= fence.length && [...trimmed].every((ch) => ch === fence.char);
}

/** Heading text without the optional closing `#`s (all of them, so re-parsing is stable). */
function headingText(raw: string): string {
  let text = raw.trim();
  for (;;) {
    const next = text.replace(/(?:^|[ \t]+)#+$/, '').trim();
    if (next === text) return text;
    text = next;
  }
}

/** Strips `> ` quote markers: the quoted line is read as a line of its own. */
function unquote(body: string): string {
  let text = body;
  while (/^>(?:[ \t]|$)/.test(text)) text = text.slice(1).trimStart();
  return text;
}

export function classify(raw: string): Line {
  const indent = indentWidth(raw);
  const body = unquote(dropHtmlTags(raw.trim()).trim());
  if (body === '') return { kind: 'blank' };
  const fence = fenceOf(body);
  if (fence) return fence;
  if (RULE.test(body)) return { kind: 'rule' };
  const heading = HEADING.exec(body);
  if (heading) {
    const level = Math.min(4, (heading[1] ?? '#').length) as 1 | 2 | 3 | 4;
    return { kind: 'heading', level, text: headingText(heading[2] ?? '') };
  }
  const bullet = BULLET.exec(body);
  if (bullet) return { kind: 'item', ordered: false, number: 0, indent, text: (bullet[2] ?? bullet[3] ?? '').trim() };
  const ordered = ORDERED.exec(body);
  if (ordered) return { kind: 'item', ordered: true, number: Number(ordered[1]), indent, text: (ordered[2] ?? '').trim() };
  if (body.startsWith('|')) return { kind: 'row', text: body };
  // Ideographic spaces before a line are a 公文 first-line indent: a new paragraph, never a
  // continuation of a list item.
  return { kind: 'text', indent: /^\s*\u3000/.test(raw) ? 0 : indent, text: body };
}
