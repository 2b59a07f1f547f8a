/** The two languages Wenshu speaks; anything else falls back to en-US. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Text in both languages; templates may give only one, the other falls back. */
export type Localized = { 'zh-CN': string; 'en-US': string };

/** Maps a BCP 47 tag or an Accept-Language header to a supported locale. */
export function pickLocale(tag: string | undefined | null): Locale {
  if (!tag) return DEFAULT_LOCALE;
  for (const part of tag.split(',')) {
    const lang = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (lang.startsWith('zh')) return 'zh-CN';
    if (lang.startsWith('en')) return 'en-US';
  }
  return DEFAULT_LOCALE;
}

export function localize(text: Partial<Localized> | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text['zh-CN'] ?? text['en-US'] ?? '';
}
