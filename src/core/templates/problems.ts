/**
 * Small helpers for building Problems. Every message is written here in both languages so the
 * add-in never shows a library's English text to a zh-CN admin.
 */
import type { Problem } from '../errors/codes.js';
import { localize, type Localized } from '../i18n/locale.js';

export function problem(path: string, code: string, en: string, zh: string): Problem {
  return { path, code, message: { 'en-US': en, 'zh-CN': zh } };
}

/** A field's label in each language, falling back to the other language and then the key. */
export function labels(field: { key: string; label?: Partial<Localized> }): Localized {
  return {
    'zh-CN': localize(field.label, 'zh-CN') || field.key,
    'en-US': localize(field.label, 'en-US') || field.key,
  };
}

/** Lengths are counted in code points so an emoji or a rare CJK character counts once. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Renders a list of names for a message, kept short so a long option list does not flood it. */
export function nameList(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown}, …` : shown;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Valid calendar date written YYYY-MM-DD (rejects 2024-02-30, accepts 2024-02-29). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}
