/**
 * Gallery search and categories, pure so they are testable. A template's category is its
 * `category` when set, else its kind; search matches names and descriptions in both
 * languages, the category and the tags, ignoring case and full/half-width differences.
 */
import { localize, type Locale } from '../../../src/core/i18n/locale.js';
import type { TemplateSummary } from '../../api/client.js';
import { isMessageKey, t } from '../../i18n/messages.js';

export const categoryOf = (tpl: Pick<TemplateSummary, 'category' | 'kind'>): string => tpl.category || tpl.kind;

export function categoryLabel(category: string, locale: Locale): string {
  const byCategory = `category.${category}`;
  if (isMessageKey(byCategory)) return t(locale, byCategory);
  const byKind = `kind.${category}`;
  if (isMessageKey(byKind)) return t(locale, byKind);
  return category;
}

export interface Category {
  id: string;
  label: string;
}

/** Categories in the order they first appear, which is the admins' order. */
export function categoriesOf(templates: TemplateSummary[], locale: Locale): Category[] {
  const seen = new Map<string, Category>();
  for (const tpl of templates) {
    const id = categoryOf(tpl);
    if (!seen.has(id)) seen.set(id, { id, label: categoryLabel(id, locale) });
  }
  return [...seen.values()];
}

export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function haystack(tpl: TemplateSummary, locale: Locale): string {
  return normalise(
    [tpl.name['zh-CN'], tpl.name['en-US'], tpl.description?.['zh-CN'], tpl.description?.['en-US'], categoryOf(tpl), categoryLabel(categoryOf(tpl), locale), ...tpl.tags]
      .filter(Boolean)
      .join('\n'),
  );
}

export interface GalleryFilter {
  query: string;
  /** A category id, or undefined for all. */
  category?: string;
}

export function filterTemplates(templates: TemplateSummary[], filter: GalleryFilter, locale: Locale): TemplateSummary[] {
  const words = normalise(filter.query).split(' ').filter(Boolean);
  return templates.filter(
    (tpl) => (!filter.category || categoryOf(tpl) === filter.category) && (words.length === 0 || words.every((w) => haystack(tpl, locale).includes(w))),
  );
}

export const templateName = (tpl: Pick<TemplateSummary, 'name' | 'id'>, locale: Locale): string => localize(tpl.name, locale) || tpl.id;

/** Picks ids from the list in the given order, skipping ones no longer published. */
export function pickByIds(templates: TemplateSummary[], ids: string[]): TemplateSummary[] {
  const byId = new Map(templates.map((tpl) => [tpl.id, tpl]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
