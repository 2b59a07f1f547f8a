/**
 * wordDiff: what a proofread changed, for display. Latin text is compared word by word, CJK
 * character by character (see tokens.ts). Concatenating equal+delete gives `before` back and
 * equal+insert gives `after`, always.
 *
 * Cost is bounded: Myers' algorithm runs with a cap on the edit distance derived from a fixed
 * work budget. When two long texts differ too much for the cap, the diff is taken sentence by
 * sentence (lines, 。！？；, ". ") instead, and each changed stretch is refined word by word
 * when it is small enough — or shown whole as deleted-then-inserted.
 */
import { myers } from './myers.js';
import { splitSentences, tokenize } from './tokens.js';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Roughly the number of inner-loop steps one Myers run may take (~100 ms). */
const WORK_BUDGET = 50_000_000;
/** The trace for backtracking holds about D² integers; 2000² ≈ 16 MB at most. */
const MAX_EDITS = 2_000;
/** Changed line stretches up to this many tokens (both sides) are refined word by word. */
const REFINE_LIMIT = 8_000;

function editCap(units: number): number {
  return Math.max(1, Math.min(MAX_EDITS, Math.floor(WORK_BUDGET / Math.max(1, units))));
}

/** Diffs two unit sequences; undefined when they differ by more than the cap allows. */
function diffUnits(a: readonly string[], b: readonly string[]): DiffOp[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const ids = new Map<string, number>();
  const idOf = (unit: string): number => {
    let id = ids.get(unit);
    if (id === undefined) ids.set(unit, (id = ids.size));
    return id;
  };
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const edits = myers(Int32Array.from(midA, idOf), Int32Array.from(midB, idOf), editCap(midA.length + midB.length));
  if (!edits) return undefined;
  const ops: DiffOp[] = [{ op: 'equal', text: a.slice(0, start).join('') }];
  let i = 0;
  let j = 0;
  for (const edit of edits) {
    if (edit.kind === 'insert') {
      ops.push({ op: 'insert', text: midB.slice(j, j + edit.count).join('') });
      j += edit.count;
    } else {
      ops.push({ op: edit.kind, text: midA.slice(i, i + edit.count).join('') });
      i += edit.count;
      if (edit.kind === 'equal') j += edit.count;
    }
  }
  ops.push({ op: 'equal', text: a.slice(endA).join('') });
  return ops;
}

/** One change: what was deleted and what was inserted in its place. */
interface Change {
  deleted: string;
  inserted: string;
}
type Piece = { equal: string } | Change;

function pieces(ops: readonly DiffOp[]): Piece[] {
  const out: Piece[] = [];
  for (const { op, text } of ops) {
    if (text === '') continue;
    const last = out[out.length - 1];
    if (op === 'equal') {
      if (last && 'equal' in last) last.equal += text;
      else out.push({ equal: text });
      continue;
    }
    const change = last && !('equal' in last) ? last : { deleted: '', inserted: '' };
    if (change !== last) out.push(change);
    if (op === 'delete') change.deleted += text;
    else change.inserted += text;
  }
  return out;
}

const isReplacement = (piece: Piece | undefined): piece is Change =>
  piece !== undefined && !('equal' in piece) && piece.deleted !== '' && piece.inserted !== '';

/**
 * Merges runs and orders each change as delete-then-insert; a lone space between two
 * replacements joins them ("the cat" → "a dog" reads as one change, not two).
 */
function tidy(ops: readonly DiffOp[]): DiffOp[] {
  const folded: Piece[] = [];
  const list = pieces(ops);
  list.forEach((piece, index) => {
    const previous = folded[folded.length - 1];
    const next = list[index + 1];
    if ('equal' in piece && /^\s+$/.test(piece.equal) && isReplacement(previous) && isReplacement(next)) {
      previous.deleted += piece.equal;
      previous.inserted += piece.equal;
      return;
    }
    if (!('equal' in piece) && isReplacement(piece) && isReplacement(previous)) {
      previous.deleted += piece.deleted;
      previous.inserted += piece.inserted;
      return;
    }
    folded.push(piece);
  });
  return folded.flatMap((piece): DiffOp[] => {
    if ('equal' in piece) return [{ op: 'equal', text: piece.equal }];
    const out: DiffOp[] = [];
    if (piece.deleted !== '') out.push({ op: 'delete', text: piece.deleted });
    if (piece.inserted !== '') out.push({ op: 'insert', text: piece.inserted });
    return out;
  });
}

/** Sentence-level diff with changed stretches refined word by word where affordable. */
function coarseDiff(before: string, after: string): DiffOp[] {
  const bySentence = diffUnits(splitSentences(before), splitSentences(after)) ?? [
    { op: 'delete', text: before },
    { op: 'insert', text: after },
  ];
  return pieces(bySentence).flatMap((piece): DiffOp[] => {
    if ('equal' in piece) return [{ op: 'equal', text: piece.equal }];
    const a = tokenize(piece.deleted);
    const b = tokenize(piece.inserted);
    const refined = a.length + b.length <= REFINE_LIMIT ? diffUnits(a, b) : undefined;
    return (
      refined ?? [
        { op: 'delete', text: piece.deleted },
        { op: 'insert', text: piece.inserted },
      ]
    );
  });
}

export function wordDiff(before: string, after: string): DiffOp[] {
  const a = typeof before === 'string' ? before : '';
  const b = typeof after === 'string' ? after : '';
  if (a === b) return tidy([{ op: 'equal', text: a }]);
  return tidy(diffUnits(tokenize(a), tokenize(b)) ?? coarseDiff(a, b));
}
