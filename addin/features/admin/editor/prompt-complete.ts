/**
 * Autocomplete for the prompt: after `{{` (or after `{% if`, `{% unless`, `{% elsif`,
 * `{% case` and `{% for x in`) the editor offers the declared field keys, then the built-ins.
 * Pure functions over the text and the caret, so the behaviour is testable without a browser.
 */

export interface Completion {
  /** Where the name being typed starts and ends (the caret). */
  from: number;
  to: number;
  /** What was typed of the name so far. */
  query: string;
  /** Names to offer, best first. */
  items: string[];
  /** An output (`{{`): choosing a name also closes it with ` }}` when not closed already. */
  output: boolean;
  /** The opening `{{` or `{%` has no space after it yet (one is added). */
  needsSpace: boolean;
}

const OUTPUT = /\{\{(-?)(\s*)([A-Za-z_][A-Za-z0-9_]*)?$/;
const TAG = /\{%-?\s*(?:if|unless|elsif|case|for\s+[A-Za-z_]\w*\s+in)(\s+)([A-Za-z_][A-Za-z0-9_]*)?$/;

/** Names matching the query: those starting with it first, then those containing it. */
export function rankNames(names: readonly string[], query: string): string[] {
  const q = query.toLowerCase();
  const unique = [...new Set(names)];
  const starts = unique.filter((n) => n.toLowerCase().startsWith(q));
  const inside = unique.filter((n) => !n.toLowerCase().startsWith(q) && n.toLowerCase().includes(q));
  return [...starts, ...inside];
}

/** The completion at the caret, or undefined when the caret is not where a name goes. */
export function completionAt(text: string, caret: number, names: readonly string[]): Completion | undefined {
  const before = text.slice(0, caret);
  // Only the open tag or output nearest the caret counts, and only on the caret's line.
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  if (open < 0 || before.indexOf('\n', open) >= 0) return undefined;
  const segment = before.slice(open);
  let query: string;
  let output: boolean;
  let needsSpace: boolean;
  const out = OUTPUT.exec(segment);
  const tag = out ? null : TAG.exec(segment);
  if (out) {
    query = out[3] ?? '';
    output = true;
    needsSpace = (out[2] ?? '') === '';
  } else if (tag) {
    query = tag[2] ?? '';
    output = false;
    needsSpace = false;
  } else {
    return undefined;
  }
  const items = rankNames(names, query);
  // A name typed out in full that is the only match needs no list.
  if (!items.length || (items.length === 1 && items[0] === query)) return undefined;
  return { from: caret - query.length, to: caret, query, items, output, needsSpace };
}

/** The text with the name put in, and where the caret goes: after the closing `}}` of an output. */
export function applyCompletion(text: string, completion: Completion, name: string): { text: string; caret: number } {
  const head = text.slice(0, completion.from);
  const tail = text.slice(completion.to);
  const insert = `${completion.needsSpace ? ' ' : ''}${name}`;
  if (!completion.output) return { text: head + insert + tail, caret: head.length + insert.length };
  const closing = /^\s*-?\}\}/.exec(tail);
  if (closing) return { text: head + insert + tail, caret: head.length + insert.length + closing[0].length };
  const closed = `${insert} }}`;
  return { text: head + closed + tail, caret: head.length + closed.length };
}
