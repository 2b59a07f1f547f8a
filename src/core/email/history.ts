/**
 * Splits a plain-text body into the newest message and the earlier turns it quotes. Separators
 * (separators.ts) cut the text; ">"-quoted lines are quoted history too: a quoted block is
 * unquoted one level and split again, so Gmail's nested "> > On … wrote:" chains come apart.
 */
import { findSeparator } from './separators.js';

export interface Turn {
  /** Display name or address, when the quoting says who wrote it. */
  who?: string;
  text: string;
}

export interface SplitThread {
  newest: string;
  /** Earlier turns, newest first (the order a mail quotes them in). */
  earlier: Turn[];
}

/** Deeper than this, whatever is left stays one turn (a guard against crafted input). */
const MAX_DEPTH = 60;

const QUOTED = /^\s*>/;

function unquote(line: string): string {
  return line.replace(/^\s*>\s?/, '');
}

function blank(lines: readonly string[]): boolean {
  return lines.every((l) => !l.trim());
}

function split(lines: string[], depth: number): { own: string[]; earlier: Turn[] } {
  if (depth > MAX_DEPTH) return { own: lines, earlier: [] };
  const sep = findSeparator(lines);
  const head = sep ? lines.slice(0, sep.start) : lines;
  const own = head.filter((l) => !QUOTED.test(l));
  const quoted = head.filter((l) => QUOTED.test(l)).map(unquote);
  const earlier: Turn[] = [];
  if (!blank(quoted)) {
    const inner = split(quoted, depth + 1);
    // Nothing of its own but a quote: the quote is this turn's text (Gmail after "wrote:").
    if (blank(own)) return sep ? withRest(inner, lines, sep, depth) : inner;
    earlier.push({ text: inner.own.join('\n') }, ...inner.earlier);
  }
  if (sep) {
    const rest = split(lines.slice(sep.bodyStart), depth + 1);
    earlier.push({ who: sep.who, text: rest.own.join('\n') }, ...rest.earlier);
  }
  return { own, earlier };
}

/** A turn made only of quoted lines, followed by a separator and more history. */
function withRest(
  inner: { own: string[]; earlier: Turn[] },
  lines: string[],
  sep: { bodyStart: number; who?: string },
  depth: number,
): { own: string[]; earlier: Turn[] } {
  const rest = split(lines.slice(sep.bodyStart), depth + 1);
  return { own: inner.own, earlier: [...inner.earlier, { who: sep.who, text: rest.own.join('\n') }, ...rest.earlier] };
}

export function splitHistory(text: string): SplitThread {
  const { own, earlier } = split(text.split('\n'), 0);
  return { newest: own.join('\n').trim(), earlier: earlier.map((t) => ({ ...t, text: t.text.trim() })).filter((t) => t.text) };
}
