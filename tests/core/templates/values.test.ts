import { validateFieldValues } from '../../../src/core/templates/validate.js';
import { LIMITS, templateSchema, type Template } from '../../../src/core/templates/schema.js';
import type { Problem } from '../../../src/core/errors/codes.js';
import { noticeTemplate } from './fixture.js';

const template: Template = templateSchema.parse(noticeTemplate());

function problems(values: unknown, t: Pick<Template, 'fields'> = template): Problem[] {
  const result = validateFieldValues(t, values);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.values)}`);
  return result.problems;
}

function accepted(values: unknown, t: Pick<Template, 'fields'> = template, today?: string) {
  const result = validateFieldValues(t, values, { today });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.values;
}

describe('validateFieldValues', () => {
  it('accepts a filled form, trims text and applies defaults for optional fields left empty', () => {
    expect(accepted({ subject: '  安全生产工作会议 ', details: '', units: [] })).toEqual({ subject: '安全生产工作会议', urgency: 'normal' });
  });

  it('refuses a missing required field, naming it by its label in each language', () => {
    for (const empty of [undefined, null, '', '   ']) {
      const [p] = problems({ subject: empty });
      expect(p).toEqual({ path: 'fields.subject', code: 'required', message: { 'en-US': '"Subject" is required.', 'zh-CN': '请填写“会议主题”。' } });
    }
  });

  it('refuses keys the template does not declare and values that are not an object', () => {
    expect(problems({ subject: 'x', secret: 'y' })).toEqual([expect.objectContaining({ path: 'fields.secret', code: 'unknown_field' })]);
    expect(problems(['subject'])).toEqual([expect.objectContaining({ path: 'fields', code: 'invalid_type' })]);
  });

  describe('text', () => {
    it('refuses wrong types and text over the field limit', () => {
      expect(problems({ subject: 42 })[0]).toMatchObject({ path: 'fields.subject', code: 'invalid_type' });
      const [p] = problems({ subject: '字'.repeat(51) });
      expect(p?.code).toBe('too_long');
      expect(p?.message['zh-CN']).toContain('最多 50 个');
      expect(p?.message['en-US']).toContain('"Subject" is too long: 51 characters');
    });

    it('counts characters, not UTF-16 units, and keeps one-line fields on one line', () => {
      expect(accepted({ subject: '😀'.repeat(50) }).subject).toBe('😀'.repeat(50));
      expect(accepted({ subject: '第一行\r\n 第二行' }).subject).toBe('第一行 第二行');
      expect(accepted({ subject: 'x', details: 'a\r\nb' }).details).toBe('a\nb');
    });

    it('caps a field without maxLength at LIMITS.textMax and enforces minLength', () => {
      expect(problems({ subject: 'x', details: 'a'.repeat(LIMITS.textMax + 1) })[0]?.code).toBe('too_long');
      const t = { fields: [{ key: 'x', label: { 'en-US': 'X' }, type: 'text' as const, required: false, minLength: 5 }] };
      expect(problems({ x: 'abc' }, t)[0]?.code).toBe('too_short');
    });
  });

  describe('number', () => {
    it('accepts numbers and numeric strings, including full-width digits and thousands separators', () => {
      expect(accepted({ subject: 'x', attendees: 30 }).attendees).toBe(30);
      expect(accepted({ subject: 'x', attendees: ' ３０ ' }).attendees).toBe(30);
      const t = { fields: [{ key: 'amount', label: { 'en-US': 'Amount' }, type: 'number' as const, required: true }] };
      expect(accepted({ amount: '1,234,567.5' }, t).amount).toBe(1234567.5);
    });

    it('refuses non-numbers, infinities, fractions for whole-number fields and values out of range', () => {
      for (const bad of ['12abc', '1,2', 'NaN', Infinity, true, [1]]) expect(problems({ subject: 'x', attendees: bad })[0]?.code).toBe('invalid_type');
      expect(problems({ subject: 'x', attendees: 2.5 })[0]?.message['en-US']).toBe('"Attendees" must be a whole number.');
      expect(problems({ subject: 'x', attendees: 0 })[0]).toMatchObject({ code: 'out_of_range', message: { 'zh-CN': '“参会人数”不能小于 1。' } });
      expect(problems({ subject: 'x', attendees: 501 })[0]?.code).toBe('out_of_range');
    });
  });

  describe('date', () => {
    it('accepts a real calendar date inside the range', () => {
      expect(accepted({ subject: 'x', meetingDate: '2024-02-29' }).meetingDate).toBe('2024-02-29');
    });

    it('refuses impossible dates, other formats, wrong types and dates out of range', () => {
      for (const bad of ['2023-02-29', '2024-13-01', '2024/01/01', '1 May 2024', 20240101])
        expect(problems({ subject: 'x', meetingDate: bad })[0]?.code).toBe('invalid_date');
      expect(problems({ subject: 'x', meetingDate: '2019-12-31' })[0]?.message['en-US']).toBe('"Meeting date" must be on or after 2020-01-01.');
      expect(problems({ subject: 'x', meetingDate: '2031-01-01' })[0]?.code).toBe('out_of_range');
    });

    it('fills a `today` default from the caller-supplied date', () => {
      const t = { fields: [{ key: 'd', label: { 'en-US': 'D' }, type: 'date' as const, required: false, default: 'today' as const }] };
      expect(accepted({}, t, '2025-03-01')).toEqual({ d: '2025-03-01' });
      expect(accepted({}, t)).toEqual({});
    });
  });

  describe('select and multiselect', () => {
    it('accepts option values and refuses anything else', () => {
      expect(accepted({ subject: 'x', urgency: 'urgent' }).urgency).toBe('urgent');
      expect(problems({ subject: 'x', urgency: 'URGENT' })[0]).toMatchObject({ path: 'fields.urgency', code: 'not_an_option' });
      expect(problems({ subject: 'x', urgency: ['urgent'] })[0]?.code).toBe('not_an_option');
    });

    it('checks every chosen option, collapses repeats and enforces maxItems', () => {
      expect(accepted({ subject: 'x', units: ['hr', 'hr', 'it'] }).units).toEqual(['hr', 'it']);
      expect(problems({ subject: 'x', units: ['hr', 'legal'] })[0]?.message['en-US']).toContain('"legal" is not one of the choices');
      expect(problems({ subject: 'x', units: ['hr', 'it', 'finance'] })[0]?.code).toBe('too_many');
      expect(problems({ subject: 'x', units: 'hr' })[0]?.code).toBe('invalid_type');
    });
  });

  describe('list', () => {
    it('accepts a list of strings, trimming items and dropping blank ones', () => {
      expect(accepted({ subject: 'x', points: [' 一 ', '', '二'] }).points).toEqual(['一', '二']);
    });

    it('refuses non-string items, too many items and items over itemMaxLength', () => {
      expect(problems({ subject: 'x', points: ['a', 2] })[0]?.code).toBe('invalid_type');
      expect(problems({ subject: 'x', points: ['a', 'b', 'c', 'd'] })[0]?.message['zh-CN']).toBe('“议程要点”最多 3 项（现有 4 项）。');
      expect(problems({ subject: 'x', points: ['a', 'b'.repeat(21)] })[0]?.message['en-US']).toBe('"Agenda": item 2 is too long (at most 20 characters).');
    });

    it('enforces minItems and the global list ceiling', () => {
      const t = { fields: [{ key: 'l', label: { 'en-US': 'L' }, type: 'list' as const, required: true, minItems: 2 }] };
      expect(problems({ l: ['a'] }, t)[0]?.code).toBe('too_few');
      expect(problems({ l: Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `x${i}`) }, t)[0]?.code).toBe('too_many');
    });
  });

  it('reports every field that needs attention in one pass, and accepts a locale as the third argument', () => {
    const result = validateFieldValues(template, { attendees: 'many', meetingDate: 'soon' }, 'zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['fields.subject', 'fields.meetingDate', 'fields.attendees']);
  });
});
