/** Search and status filter for the admin's template list. */
import { localize, type Locale } from '../../../../src/core/i18n/locale.js';
import type { AdminTemplateSummary, TemplateStatus } from '../../../../src/core/templates/admin-api.js';

export interface ListFilter {
  query: string;
  status: TemplateStatus | 'all';
}

/** Matches the id, either name, the category or a tag, case-insensitively; sorted by name in the UI language. */
export function filterAdminTemplates(list: readonly AdminTemplateSummary[], filter: ListFilter, locale: Locale): AdminTemplateSummary[] {
  const q = filter.query.trim().toLowerCase();
  const name = (s: AdminTemplateSummary) => localize(s.name, locale) || s.id;
  return list
    .filter((s) => filter.status === 'all' || s.status === filter.status)
    .filter((s) => {
      if (!q) return true;
      const haystack = [s.id, s.name['zh-CN'], s.name['en-US'], s.category, ...s.tags].filter(Boolean).join('\n').toLowerCase();
      return haystack.includes(q);
    })
    .sort((a, b) => name(a).localeCompare(name(b), locale));
}
