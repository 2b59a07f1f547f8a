/**
 * List levels as every serialiser reads them: a list starts at level 0 and goes at most one
 * level deeper per item, whatever a hand-made tree says, so nesting is always well formed.
 */
import type { ListItem } from './types.js';

export function listLevels(items: readonly ListItem[]): number[] {
  const levels: number[] = [];
  let previous = -1;
  for (const item of items) {
    const raw: unknown = item?.level;
    const wanted = typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : 0;
    const level = Math.min(wanted, previous + 1);
    levels.push(level);
    previous = level;
  }
  return levels;
}

/** Item numbers per level ("1.", "2.", nested counts restart under each parent). */
export function listNumbers(levels: readonly number[]): number[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    return counters[level] ?? 1;
  });
}
