/**
 * Writes inline runs back as `**bold**` / `*italic*` text that parses to the same runs. Runs
 * are nested into regions (bold outside when both apply, longest regions first), and each
 * region picks `*` or `_` so its markers do not run into a neighbouring `*` (`***`) or fail
 * the `_` word rule. The result is checked by parsing it again. Ordinary text passes on the
 * first try; for marker-heavy text other groupings and mark choices are tried, within a fixed
 * budget of attempts.
 */
import { cleanRuns, parseInline, sameInlines } from './inline.js';
import { firstChar, lastChar } from './text.js';
import type { Inline } from './types.js';

type Node = { text: string } | { wrap: 'bold' | 'italic'; children: Node[] };
type Mark = '*' | '_';

/** How many runs from `from` on carry the flag. */
function leading(runs: readonly Inline[], flag: 'bold' | 'italic', from = 0): number {
  let end = from;
  while (runs[end]?.[flag]) end += 1;
  return end - from;
}

/**
 * Every way to nest the runs into regions, the natural one first: a region is a stretch of
 * runs sharing bold (or italic) beyond the enclosing region's, longest stretches first.
 */
function* groupings(runs: readonly Inline[], bold: boolean, italic: boolean): Generator<Node[]> {
  const first = runs[0];
  if (!first) {
    yield [];
    return;
  }
  const extraBold = !!first.bold && !bold;
  const extraItalic = !!first.italic && !italic;
  if (!extraBold && !extraItalic) {
    for (const tail of groupings(runs.slice(1), bold, italic)) yield [{ text: first.text }, ...tail];
    return;
  }
  const boldEnd = extraBold ? leading(runs, 'bold') : 0;
  const italicEnd = extraItalic ? leading(runs, 'italic') : 0;
  const options: Array<{ wrap: 'bold' | 'italic'; end: number }> = [];
  for (let end = Math.max(boldEnd, italicEnd); end >= 1; end -= 1) {
    const boldFirst = boldEnd >= italicEnd;
    for (const wrap of boldFirst ? (['bold', 'italic'] as const) : (['italic', 'bold'] as const)) {
      if (end <= (wrap === 'bold' ? boldEnd : italicEnd)) options.push({ wrap, end });
    }
  }
  for (const { wrap, end } of options) {
    for (const inner of groupings(runs.slice(0, end), bold || wrap === 'bold', italic || wrap === 'italic')) {
      for (const tail of groupings(runs.slice(end), bold, italic)) yield [{ wrap, children: inner }, ...tail];
    }
  }
}

/** The natural grouping (what groupings() yields first), built without recursion per run. */
function nest(runs: readonly Inline[], bold: boolean, italic: boolean): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i];
    if (!run) break;
    const boldEnd = run.bold && !bold ? leading(runs, 'bold', i) : 0;
    const italicEnd = run.italic && !italic ? leading(runs, 'italic', i) : 0;
    if (boldEnd === 0 && italicEnd === 0) {
      nodes.push({ text: run.text });
      i += 1;
    } else if (boldEnd >= italicEnd) {
      nodes.push({ wrap: 'bold', children: nest(runs.slice(i, i + boldEnd), true, italic) });
      i += boldEnd;
    } else {
      nodes.push({ wrap: 'italic', children: nest(runs.slice(i, i + italicEnd), bold, true) });
      i += italicEnd;
    }
  }
  return nodes;
}

function countWraps(nodes: readonly Node[]): number {
  return nodes.reduce((sum, node) => sum + ('wrap' in node ? 1 + countWraps(node.children) : 0), 0);
}

const isAsciiAlnum = (ch: string): boolean => /^[A-Za-z0-9]$/.test(ch);

/** The mark that does not touch a neighbouring `*`/`_` and, for `_`, no ASCII letter or digit. */
function pickMark(left: string, right: string, innerFirst: string, innerLast: string): Mark {
  const touches = (mark: Mark): boolean => [left, right, innerFirst, innerLast].includes(mark);
  if (!touches('*')) return '*';
  if (!touches('_') && !isAsciiAlnum(left) && !isAsciiAlnum(right)) return '_';
  return '*';
}

const edgeText = (node: Node | undefined, edge: 'first' | 'last'): string =>
  node && 'text' in node ? (edge === 'first' ? firstChar(node.text) : lastChar(node.text)) : '';

/** Renders with marks from `fixed` (pre-order), or chosen by neighbours when `fixed` is absent. */
function render(nodes: readonly Node[], fixed?: readonly Mark[]): string {
  let out = '';
  // The last character written, kept aside: reading it from a string being built by `+=`
  // would flatten the string every time.
  let tail = '';
  let index = 0;
  const walk = (list: readonly Node[], after: string): void => {
    list.forEach((node, i) => {
      if ('text' in node) {
        out += node.text;
        tail = lastChar(node.text) || tail;
        return;
      }
      const next = list[i + 1];
      const right = next === undefined ? after : edgeText(next, 'first');
      const mark =
        fixed?.[index] ??
        pickMark(tail, right, edgeText(node.children[0], 'first'), edgeText(node.children[node.children.length - 1], 'last'));
      index += 1;
      const delimiter = node.wrap === 'bold' ? mark + mark : mark;
      out += delimiter;
      tail = mark;
      walk(node.children, mark);
      out += delimiter;
      tail = mark;
    });
  };
  walk(nodes, '');
  return out;
}

/** Up to this many regions every combination of marks is tried for a grouping. */
const EXHAUSTIVE_MARKS = 8;
/**
 * Characters parsed at most while searching one piece of marker-heavy text (about 40 ms)
 * before settling for the first try.
 */
const SEARCH_BUDGET = 2_000_000;
/** Longer run lists are not searched (the search recurses once per run). */
const SEARCH_RUNS = 64;

function* candidates(nodes: readonly Node[]): Generator<string> {
  yield render(nodes);
  const wraps = countWraps(nodes);
  if (wraps > EXHAUSTIVE_MARKS) return;
  for (let bits = 0; bits < 1 << wraps; bits += 1) {
    yield render(
      nodes,
      Array.from({ length: wraps }, (_, i): Mark => ((bits >> i) & 1 ? '_' : '*')),
    );
  }
}

export function inlineToMarkdownish(runs: readonly Inline[]): string {
  const clean = cleanRuns(runs);
  const first = render(nest(clean, false, false));
  if (sameInlines(parseInline(first), clean) || clean.length > SEARCH_RUNS) return first;
  let spent = 0;
  for (const nodes of groupings(clean, false, false)) {
    for (const candidate of candidates(nodes)) {
      if (sameInlines(parseInline(candidate), clean)) return candidate;
      spent += candidate.length + 1;
      if (spent >= SEARCH_BUDGET) return first;
    }
  }
  return first;
}
