/** The one storage the running pane uses (tests pass their own KeyValueStore instead). */
import { browserStore, type KeyValueStore } from './storage.js';

let store: KeyValueStore | undefined;

export function appStore(): KeyValueStore {
  store ??= browserStore();
  return store;
}
