import { categoriesOf, categoryLabel, filterTemplates, pickByIds } from '../../../addin/features/draft/gallery-filter.js';
import type { TemplateSummary } from '../../../addin/api/client.js';

const tpl = (id: string, over: Partial<TemplateSummary> = {}): TemplateSummary => ({
  id,
  name: { 'zh-CN': id, 'en-US': id },
  kind: 'official',
  hosts: ['word'],
  locales: ['zh-CN'],
  tags: [],
  publishedVersion: 1,
  ...over,
});

const list = [
  tpl('official-notice', { name: { 'zh-CN': '通知', 'en-US': 'Notice' }, category: 'official', tags: ['公文', '下行文'] }),
  tpl('weekly-report', { name: { 'zh-CN': '周报', 'en-US': 'Weekly report' }, kind: 'report', category: 'reports' }),
  tpl('snippet', { name: { 'en-US': 'Closing lines' }, kind: 'snippet' }),
];

describe('gallery filter', () => {
  it('groups by category, falling back to the kind', () => {
    expect(categoriesOf(list, 'zh-CN')).toEqual([
      { id: 'official', label: '公文' },
      { id: 'reports', label: '报告' },
      { id: 'snippet', label: '片段' },
    ]);
    expect(categoryLabel('unknown-thing', 'en-US')).toBe('unknown-thing');
  });

  it('searches names in both languages, tags and categories, ignoring case and width', () => {
    expect(filterTemplates(list, { query: 'notice' }, 'zh-CN').map((t) => t.id)).toEqual(['official-notice']);
    expect(filterTemplates(list, { query: '周报' }, 'en-US').map((t) => t.id)).toEqual(['weekly-report']);
    expect(filterTemplates(list, { query: '下行文' }, 'en-US').map((t) => t.id)).toEqual(['official-notice']);
    expect(filterTemplates(list, { query: 'ＷＥＥＫＬＹ' }, 'en-US').map((t) => t.id)).toEqual(['weekly-report']);
    expect(filterTemplates(list, { query: 'reports' }, 'en-US').map((t) => t.id)).toEqual(['weekly-report']);
    expect(filterTemplates(list, { query: 'nothing here' }, 'en-US')).toEqual([]);
  });

  it('combines search and category', () => {
    expect(filterTemplates(list, { query: '', category: 'snippet' }, 'en-US').map((t) => t.id)).toEqual(['snippet']);
    expect(filterTemplates(list, { query: 'notice', category: 'reports' }, 'en-US')).toEqual([]);
  });

  it('keeps favourites and recent in their own order, skipping withdrawn templates', () => {
    expect(pickByIds(list, ['snippet', 'gone', 'official-notice']).map((t) => t.id)).toEqual(['snippet', 'official-notice']);
  });
});
