/** Dates and template names as the console shows them, in the user's language. */
import { localize, type Locale, type Localized } from '../../../src/core/i18n/locale.js';

export function formatTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function templateTitle(name: Partial<Localized> | undefined, id: string, locale: Locale): string {
  return localize(name, locale) || id;
}
