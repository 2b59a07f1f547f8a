/** Small per-user preferences: interface language, favourite and recently used templates. */
import { LOCALES, type Locale } from '../../src/core/i18n/locale.js';
import { isStringArray, readJson, removeKey, writeJson, type KeyValueStore } from './storage.js';

export const RECENT_MAX = 5;

const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

export function loadLocale(store: KeyValueStore): Locale | undefined {
  return readJson(store, 'locale', isLocale);
}

export function saveLocale(store: KeyValueStore, locale: Locale): void {
  writeJson(store, 'locale', locale);
}

export function loadFavourites(store: KeyValueStore): string[] {
  return readJson(store, 'favourites', isStringArray) ?? [];
}

export function toggleFavourite(store: KeyValueStore, id: string): string[] {
  const current = loadFavourites(store);
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  writeJson(store, 'favourites', next);
  return next;
}

export function loadRecent(store: KeyValueStore): string[] {
  return readJson(store, 'recent', isStringArray) ?? [];
}

/** Most recent first, no repeats, at most RECENT_MAX. */
export function pushRecent(store: KeyValueStore, id: string): string[] {
  const next = [id, ...loadRecent(store).filter((x) => x !== id)].slice(0, RECENT_MAX);
  writeJson(store, 'recent', next);
  return next;
}

/** At sign-out: what the last person drafted with is theirs; language and favourites stay with the desk. */
export function forgetRecent(store: KeyValueStore): void {
  removeKey(store, 'recent');
}
