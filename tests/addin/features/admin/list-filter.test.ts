/** The admin list's search finds templates by id, name in either language, category or tag. */
import { filterAdminTemplates } from '../../../../addin/features/admin/templates/list-filter.js';
import type { AdminTemplateSummary } from '../../../../src/core/templates/admin-api.js';

const row = (id: string, zh: string, en: string, status: AdminTemplateSummary['status'], extra: Partial<AdminTemplateSummary> = {}): AdminTemplateSummary => ({
  id,
  name: { 'zh-CN': zh, 'en-US': en },
  kind: 'official',
  hosts: ['word'],
  locales: ['zh-CN'],
  tags: [],
  publishedVersion: status === 'published' ? 1 : null,
  status,
  latestVersion: 1,
  createdAt: '2025-01-01T00:00:00Z',
  createdBy: 'admin',
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: 'admin',
  ...extra,
});

const LIST = [
  row('official-notice', '通知', 'Notice', 'published', { tags: ['公文'] }),
  row('weekly-report', '周报', 'Weekly report', 'draft', { category: 'reports' }),
  row('old-letter', '旧函', 'Old letter', 'archived'),
];

describe('admin template list filter', () => {
  it('lists everything, sorted by name in the UI language', () => {
    expect(filterAdminTemplates(LIST, { query: '', status: 'all' }, 'en-US').map((t) => t.id)).toEqual(['official-notice', 'old-letter', 'weekly-report']);
  });

  it('searches ids, both names, categories and tags', () => {
    const ids = (query: string) => filterAdminTemplates(LIST, { query, status: 'all' }, 'zh-CN').map((t) => t.id);
    expect(ids('WEEKLY')).toEqual(['weekly-report']);
    expect(ids('通知')).toEqual(['official-notice']);
    expect(ids('letter')).toEqual(['old-letter']);
    expect(ids('reports')).toEqual(['weekly-report']);
    expect(ids('公文')).toEqual(['official-notice']);
  });

  it('keeps one status when asked', () => {
    expect(filterAdminTemplates(LIST, { query: '', status: 'archived' }, 'en-US').map((t) => t.id)).toEqual(['old-letter']);
  });
});
