import { initialValues, messagesByField, sourcesFromValues, todayIso } from '../../../addin/features/draft/form-values.js';
import { validateFieldValues } from '../../../src/core/templates/values.js';
import { templateSchema, type Template } from '../../../src/core/templates/schema.js';

const template: Template = templateSchema.parse({
  id: 'demo',
  name: { 'zh-CN': '演示' },
  kind: 'official',
  hosts: ['word'],
  locales: ['zh-CN'],
  prompt: 'x',
  output: { layout: 'official' },
  fields: [
    { key: 'issuer', type: 'text', label: { 'zh-CN': '发文机关', 'en-US': 'Issuer' }, required: true, maxLength: 10 },
    { key: 'date', type: 'date', label: { 'zh-CN': '日期' }, default: 'today' },
    { key: 'budget', type: 'number', label: { 'zh-CN': '预算' }, unit: { 'zh-CN': '万元', 'en-US': '10k CNY' } },
    { key: 'kind', type: 'select', label: { 'zh-CN': '类型' }, options: [{ value: 'a', label: { 'zh-CN': '部署工作', 'en-US': 'Assigning work' } }] },
    { key: 'tags', type: 'multiselect', label: { 'zh-CN': '标签' }, options: [{ value: 'x' }, { value: 'y' }], default: ['y'] },
    { key: 'points', type: 'list', label: { 'zh-CN': '要点' } },
  ],
});

describe('form values', () => {
  it('start from defaults, with today for date fields', () => {
    expect(initialValues(template, undefined, '2025-03-01')).toEqual({ issuer: '', date: '2025-03-01', budget: '', kind: '', tags: ['y'], points: [''] });
  });

  it('keep saved values of fields that still exist and have the same shape', () => {
    const saved = { issuer: '某局', points: ['一'], tags: 'not-a-list', removed: 'x' };
    expect(initialValues(template, saved, '2025-03-01')).toMatchObject({ issuer: '某局', points: ['一'], tags: ['y'] });
    expect(initialValues(template, saved, '2025-03-01')).not.toHaveProperty('removed');
  });

  it('put validation problems under their fields, in the user’s language', () => {
    const values = { ...initialValues(template, undefined, '2025-03-01'), issuer: '', budget: 'abc' };
    const result = validateFieldValues(template, values, { today: '2025-03-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messagesByField(result.problems, 'zh-CN')).toEqual({ issuer: '请填写“发文机关”。', budget: '“预算”应为数字。' });
    expect(messagesByField(result.problems, 'en-US').issuer).toBe('"Issuer" is required.');
  });

  it('map the gateway’s problems (already localised strings) the same way', () => {
    expect(messagesByField([{ path: 'fields.issuer', code: 'too_long', message: 'too long' }, { path: 'text', code: 'x', message: 'y' }], 'en-US')).toEqual({ issuer: 'too long' });
  });

  it('flatten values to sources, with option labels and units', () => {
    const sources = sourcesFromValues(template, { issuer: '某局', budget: 30, kind: 'a', tags: ['x'], points: ['一', ''] });
    expect(sources).toEqual(expect.arrayContaining(['某局', '30', '30万元', 'a', '部署工作', 'Assigning work', 'x', '一']));
    expect(sources).not.toContain('');
  });

  it('write today in local time', () => {
    expect(todayIso(new Date(2024, 0, 5))).toBe('2024-01-05');
  });
});
