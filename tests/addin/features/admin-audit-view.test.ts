import { queryString, filenameOf } from '../../../addin/api/admin-audit.js';
import { EMPTY_FILTERS, durationText, pageCount, pageSpan, subjectOf, toFilters, tokensText } from '../../../addin/features/admin/audit/audit-view.js';

describe('audit filters', () => {
  test('leave out what is empty, keep what was chosen', () => {
    const form = { ...EMPTY_FILTERS, from: '2025-03-01', user: ' 王芳 ', kind: 'draft', outcome: 'accepted' };
    expect(toFilters(form)).toEqual({ filters: { from: '2025-03-01', user: '王芳', kind: 'draft', outcome: 'accepted' } });
    expect(toFilters(EMPTY_FILTERS)).toEqual({ filters: {} });
  });

  test('refuse a start after the end and dates that are not dates', () => {
    expect(toFilters({ ...EMPTY_FILTERS, from: '2025-03-02', to: '2025-03-01' })).toEqual({ problem: 'fromAfterTo' });
    expect(toFilters({ ...EMPTY_FILTERS, to: '1/3/2025' })).toEqual({ problem: 'badDate' });
    // The same day as start and end is one whole day, not an empty range.
    expect(toFilters({ ...EMPTY_FILTERS, from: '2025-03-01', to: '2025-03-01' })).toEqual({ filters: { from: '2025-03-01', to: '2025-03-01' } });
  });

  test('ignore a kind or outcome the gateway does not know', () => {
    expect(toFilters({ ...EMPTY_FILTERS, kind: 'email', outcome: 'maybe' })).toEqual({ filters: {} });
  });

  test('become a query string the CSV export shares with the list', () => {
    expect(queryString({ from: '2025-03-01', user: 'Wang Fang', template: '', page: 2, pageSize: 25 })).toBe('?from=2025-03-01&user=Wang+Fang&page=2&pageSize=25');
    expect(queryString({ user: '  ' })).toBe('');
  });
});

describe('audit entries as shown', () => {
  const base = { templateId: null, templateVersion: null, action: null, kind: 'draft' as const };

  test('name the template and version of a draft, the action of a revision', () => {
    expect(subjectOf({ ...base, templateId: 'notice', templateVersion: 3 })).toBe('notice@3');
    expect(subjectOf({ ...base, kind: 'revision', action: 'polish' })).toBe('polish');
    expect(subjectOf({ ...base, kind: 'reply' })).toBe('reply');
  });

  test('show tokens in and out, and a dash for what the model did not report', () => {
    expect(tokensText({ tokensIn: 1200, tokensOut: 345 }, 'en-US')).toBe('1,200 → 345');
    expect(tokensText({ tokensIn: null, tokensOut: null }, 'en-US')).toBe('–');
    expect(tokensText({ tokensIn: 10, tokensOut: null }, 'en-US')).toBe('10 → –');
  });

  test('write durations for people', () => {
    expect(durationText(850, 'en-US')).toBe('850 ms');
    expect(durationText(4_240, 'en-US')).toBe('4.2 s');
    expect(durationText(185_000, 'en-US')).toBe('3 min 05 s');
    expect(durationText(null, 'en-US')).toBe('–');
  });

  test('page through the entries', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(pageSpan(3, 25, 51)).toEqual({ first: 51, last: 51 });
    expect(pageSpan(1, 25, 0)).toEqual({ first: 0, last: 0 });
  });

  test('save the export under the name the gateway gives it', () => {
    expect(filenameOf('attachment; filename="wenshu-audit-2025-03-01.csv"', 'x.csv')).toBe('wenshu-audit-2025-03-01.csv');
    expect(filenameOf(null, 'wenshu-audit.csv')).toBe('wenshu-audit.csv');
  });
});
