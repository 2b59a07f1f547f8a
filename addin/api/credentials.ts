/**
 * The pane's sign-in credential: a bearer token kept in localStorage under `wenshu.token`,
 * prefixed with Office's partition key where Office partitions storage (Outlook on the web,
 * new Outlook), so each mailbox keeps its own. Every gateway call sends it; any 401 is
 * announced, so the pane can go back to its sign-in screen.
 */
import { appStore } from '../state/app-store.js';
import type { KeyValueStore } from '../state/storage.js';

export const TOKEN_KEY = 'wenshu.token';

let key = TOKEN_KEY;
let store: () => KeyValueStore = appStore;
const listeners = new Set<() => void>();

/** Called once at boot with Office's partition key (addin/host/auth.ts), and by tests with their own store. */
export function configureCredentials(options: { partitionKey?: string; store?: KeyValueStore }): void {
  key = options.partitionKey ? `${options.partitionKey}${TOKEN_KEY}` : TOKEN_KEY;
  if (options.store) {
    const own = options.store;
    store = () => own;
  }
}

export function readToken(): string | undefined {
  try {
    return store().getItem(key)?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string): void {
  try {
    store().setItem(key, token.trim());
  } catch {
    // storage refused: the sign-in lasts as long as the pane
  }
}

export function clearToken(): void {
  try {
    store().removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** `Authorization: Bearer <token>` when signed in with a token; nothing otherwise (a proxy may sign in). */
export function authHeaders(): Record<string, string> {
  const token = readToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Calls back whenever the gateway answers 401; returns an unsubscribe function. */
export function onUnauthorized(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function reportUnauthorized(): void {
  for (const listener of [...listeners]) listener();
}
