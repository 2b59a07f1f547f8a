/**
 * localStorage behind a small interface: Office's webviews can throw on access (private mode,
 * storage disabled, quota), and the pane must keep working in memory when they do.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys, and the n-th (as localStorage has them): needed only to forget a whole group. */
  readonly length?: number;
  key?(index: number): string | null;
}

export const PREFIX = 'wenshu.';

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}

let fallback: KeyValueStore | undefined;

export function browserStore(): KeyValueStore {
  try {
    const ls = globalThis.localStorage;
    if (ls) {
      const probe = `${PREFIX}probe`;
      ls.setItem(probe, '1');
      ls.removeItem(probe);
      return ls;
    }
  } catch {
    // storage disabled: fall through to memory
  }
  fallback ??= memoryStore();
  return fallback;
}

export function readJson<T>(store: KeyValueStore, key: string, guard: (value: unknown) => value is T): T | undefined {
  try {
    const raw = store.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the write failed (quota): callers keep the value in memory regardless. */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(PREFIX + key);
  } catch {
    // nothing to do
  }
}

export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Removes every key of ours under `group` (e.g. "draft."); a store that cannot list its keys keeps them. */
export function removeGroup(store: KeyValueStore, group: string): void {
  try {
    const doomed: string[] = [];
    for (let i = 0; i < (store.length ?? 0); i++) {
      const k = store.key?.(i);
      if (k?.startsWith(PREFIX + group)) doomed.push(k);
    }
    doomed.forEach((k) => store.removeItem(k));
  } catch {
    // storage went away: nothing more can be forgotten
  }
}
