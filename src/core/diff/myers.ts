/**
 * Myers' O((N+M)·D) shortest edit script over integer sequences, with a cap on D: the trace it
 * keeps for backtracking grows with D², so past the cap it gives up (returns undefined) and the
 * caller falls back to a coarser diff instead of spending unbounded time or memory.
 */
export type EditKind = 'equal' | 'insert' | 'delete';

/** One step of the script: `count` tokens of `a` (equal/delete) or `b` (insert). */
export interface Edit {
  kind: EditKind;
  count: number;
}

function push(edits: Edit[], kind: EditKind, count: number): void {
  if (count <= 0) return;
  const last = edits[edits.length - 1];
  if (last?.kind === kind) last.count += count;
  else edits.push({ kind, count });
}

export function myers(a: ArrayLike<number>, b: ArrayLike<number>, maxD: number): Edit[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxD);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds V as it was before step d, for diagonals -d-1 … d+1.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], depth: number, n: number, m: number): Edit[] {
  const reversed: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d -= 1) {
    const saved = trace[d];
    const at = (k: number): number => saved?.[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    push(reversed, 'equal', x - midX);
    push(reversed, down ? 'insert' : 'delete', 1);
    x = prevX;
    y = prevY;
  }
  push(reversed, 'equal', x);
  // Merge again after reversing: runs were built back to front.
  const edits: Edit[] = [];
  for (let i = reversed.length - 1; i >= 0; i -= 1) {
    const edit = reversed[i];
    if (edit) push(edits, edit.kind, edit.count);
  }
  return edits;
}
