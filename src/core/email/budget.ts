/**
 * Fits the cleaned thread into a token budget (estimateTokens): first the digest loses lines,
 * oldest first; then the newest message loses pieces from its middle outward, keeping its
 * opening, its end and every sentence that holds one of its questions. A cut is marked "[…]".
 * When the questions alone exceed the budget they are kept anyway: a reply must answer them.
 */
import { lineSentences } from './questions.js';
import { estimateTokens } from './tokens.js';

export const CUT_MARK = '[…]';

/** Pieces longer than this many characters are cut further (sentences, then spans of text). */
const PIECE_CHARS = 240;

interface Piece {
  text: string;
  /** What joins it to the next piece: a line break or a space. */
  after: string;
  keep: boolean;
  tokens: number;
}

export interface Fitted {
  newest: string;
  digest: string[];
  tokens: number;
  trimmed: boolean;
}

/** Tokens of newest + digest as the CleanThread reports them. */
export function threadTokens(newest: string, digest: readonly string[]): number {
  return estimateTokens([newest, ...digest].join('\n'));
}

/** Long text in spans of about PIECE_CHARS, broken at white space where there is some. */
function spans(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > PIECE_CHARS) {
    const space = rest.lastIndexOf(' ', PIECE_CHARS);
    const at = space > PIECE_CHARS / 2 ? space + 1 : PIECE_CHARS;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

function pieces(text: string, questions: readonly string[]): Piece[] {
  const out: Piece[] = [];
  const lines = text.split('\n');
  lines.forEach((line, li) => {
    const parts = line.length <= PIECE_CHARS ? [line] : lineSentences(line).flatMap(spans);
    parts.forEach((part, pi) => {
      const last = pi === parts.length - 1;
      const after = last ? (li === lines.length - 1 ? '' : '\n') : part.endsWith(' ') ? '' : ' ';
      const t = part.trim();
      const keep = t !== '' && questions.some((q) => part.includes(q) || q.includes(t));
      out.push({ text: part, after, keep, tokens: estimateTokens(part + after) });
    });
  });
  return out;
}

function join(list: readonly Piece[], removed: ReadonlySet<number>): string {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (!removed.has(i)) {
      out += list[i]!.text + list[i]!.after;
      continue;
    }
    // A run of removed pieces becomes one mark, followed by the last one's separator.
    let j = i;
    while (j + 1 < list.length && removed.has(j + 1)) j++;
    out += CUT_MARK + list[j]!.after;
    i = j;
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** The newest message cut from the middle until `budget` tokens; questions stay. */
function cutMiddle(text: string, questions: readonly string[], budget: number): string {
  const list = pieces(text, questions);
  const centre = (list.length - 1) / 2;
  const order = list
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !p.keep && p.text.trim())
    .sort((a, b) => Math.abs(a.i - centre) - Math.abs(b.i - centre) || a.i - b.i);
  const removed = new Set<number>();
  const markCost = estimateTokens(CUT_MARK) + 1;
  let estimate = list.reduce((n, p) => n + p.tokens, 0);
  for (const { p, i } of order) {
    if (estimate <= budget) {
      // The per-piece sum is close but not exact: check the real text before stopping.
      if (estimateTokens(join(list, removed)) <= budget) break;
    }
    removed.add(i);
    estimate -= p.tokens;
    if (!removed.has(i - 1) && !removed.has(i + 1)) estimate += markCost;
  }
  return join(list, removed);
}

export function fitBudget(newest: string, digest: readonly string[], questions: readonly string[], budget: number): Fitted {
  let kept = [...digest];
  let tokens = threadTokens(newest, kept);
  if (!(tokens > budget)) return { newest, digest: kept, tokens, trimmed: false };
  while (kept.length && tokens > budget) {
    kept = kept.slice(1);
    tokens = threadTokens(newest, kept);
  }
  if (tokens <= budget) return { newest, digest: kept, tokens, trimmed: true };
  const cut = cutMiddle(newest, questions, Math.max(0, budget));
  return { newest: cut, digest: kept, tokens: threadTokens(cut, kept), trimmed: true };
}
