/**
 * The pane's language: Office's display language at first (zh-CN, else en-US), then whatever
 * the user picks, remembered in localStorage. t() is bound to the current language.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../src/core/i18n/locale.js';
import { t as translate, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { saveLocale } from '../state/prefs.js';
import { appStore } from '../state/app-store.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface LocaleValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initial);
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    saveLocale(appStore(), next);
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<LocaleValue>(() => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale() needs a <LocaleProvider>');
  return value;
}
