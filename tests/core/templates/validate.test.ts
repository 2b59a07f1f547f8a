import { validateTemplate, BUILTIN_VARIABLES } from '../../../src/core/templates/validate.js';
import type { Problem } from '../../../src/core/errors/codes.js';
import { noticeTemplate } from './fixture.js';

function problemsOf(input: unknown): Problem[] {
  const result = validateTemplate(input);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problems;
}

type TextExtras = { minLength?: number; maxLength?: number; default?: string };
const field = (key: string, extra: TextExtras = {}) => ({ key, label: { 'en-US': key }, type: 'text' as const, ...extra });

describe('validateTemplate', () => {
  it('accepts a complete template and fills schema defaults', () => {
    const result = validateTemplate(noticeTemplate({ placeholders: undefined }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.template.fields[0]?.required).toBe(true);
      expect(result.template.fields[1]?.required).toBe(false);
      expect(result.template.placeholders).toEqual([]);
    }
  });

  it('rejects a template whose field keys repeat, one problem per duplicate with its path', () => {
    const problems = problemsOf(noticeTemplate({ fields: [field('a'), field('b'), field('a'), field('a')], prompt: '{{ a }}{{ b }}', placeholders: [] }));
    const dupes = problems.filter((p) => p.code === 'duplicate');
    expect(dupes.map((p) => p.path)).toEqual(['fields[2].key', 'fields[3].key']);
    expect(dupes[0]?.message['en-US']).toContain('"a"');
    expect(dupes[0]?.message['zh-CN']).toContain('“a”');
  });

  it('rejects a prompt that references an undeclared field, naming the variable', () => {
    const problems = problemsOf(noticeTemplate({ prompt: '写一份关于{{ subject }}的通知，地点：{{ venue }}' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'prompt', code: 'prompt_unknown_variable' });
    expect(problems[0]?.message['en-US']).toContain('"venue"');
    expect(problems[0]?.message['zh-CN']).toContain('“venue”');
  });

  it.each(["{% include 'letterhead' %}", "{% render 'letterhead' %}", "{% layout 'base' %}", '{% block body %}x{% endblock %}'])(
    'refuses %s with a problem saying templates cannot reach files or other templates',
    (tag) => {
      const problems = problemsOf(noticeTemplate({ prompt: `{{ subject }}\n${tag}` }));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.code).toBe('prompt_forbidden_tag');
      expect(problems[0]?.message['en-US']).toContain('cannot read files or other templates');
      expect(problems[0]?.message['en-US']).toContain('(line 2)');
      expect(problems[0]?.message['zh-CN']).toContain('不能读取文件或其他模板');
    },
  );

  it('refuses other tags outside the allowlist once each, such as echo, cycle, tablerow and liquid', () => {
    const problems = problemsOf(
      noticeTemplate({ prompt: '{% echo subject %}{% cycle "a", "b" %}{% tablerow p in points %}{{ p }}{% endtablerow %}{% echo subject %}{% liquid\necho subject %}' }),
    );
    expect(problems.map((p) => p.message['en-US'].match(/\{% (\w+) %\}/)?.[1])).toEqual(['echo', 'cycle', 'tablerow', 'liquid']);
  });

  it('refuses filters outside the allowlist, including raw, which would skip the user-data marks', () => {
    const problems = problemsOf(noticeTemplate({ prompt: '{{ subject | raw }} {{ today | date: "%Y" }} {{ subject | upcase }}' }));
    expect(problems.map((p) => p.code)).toEqual(['prompt_forbidden_filter', 'prompt_forbidden_filter']);
    expect(problems[0]?.message['en-US']).toContain('"raw"');
    expect(problems[1]?.message['en-US']).toContain('"date"');
  });

  it('accepts logic-light prompts with if, case, for, assign, comments, raw text and the built-ins', () => {
    const prompt = [
      '{% comment %}{% include "ignored" %}{% endcomment %}{% # a note %}',
      '{% assign n = points | size %}{% if n > 0 and context %}共 {{ n }} 项{% endif %}',
      '{% case urgency %}{% when "urgent" %}特急{% else %}平件{% endcase %}',
      '{% for p in points %}{{ forloop.index }}. {{ p | strip }}{% endfor %}{{ points.first }}{{ subject.size }}',
      '{% raw %}{{ not a variable }}{% endraw %}{{ locale }} {{ today }}{% unless details %}无{% endunless %}',
    ].join('\n');
    expect(validateTemplate(noticeTemplate({ prompt })).ok).toBe(true);
    expect(BUILTIN_VARIABLES).toEqual(['locale', 'today', 'context']);
  });

  it('refuses property access that would fail when the prompt is filled in', () => {
    const problems = problemsOf(noticeTemplate({ prompt: '{{ subject.title }} {{ attendees.size }} {{ points.last }}' }));
    expect(problems.map((p) => p.code)).toEqual(['prompt_unknown_property', 'prompt_unknown_property']);
    expect(problems[0]?.message['en-US']).toContain('subject.title');
  });

  it('reports a prompt that does not parse, with its line', () => {
    const problems = problemsOf(noticeTemplate({ prompt: '第一行\n{% if subject %}没有结束' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'prompt', code: 'prompt_syntax' });
    expect(problems[0]?.message['zh-CN']).toContain('第 2 行');
  });

  it('gives one message per problem when several things are wrong at once', () => {
    const input = {
      ...noticeTemplate({ fields: [field('a'), field('a')], placeholders: [{ key: 'x', label: { 'zh-CN': 'X' }, field: 'missing' }] }),
      id: 'Bad Id',
      kind: 'memo',
      extra: true,
      prompt: '{{ a }}{{ venue }}{% include "x" %}',
    };
    const problems = problemsOf(input);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['id', 'invalid_format'],
      ['kind', 'invalid_value'],
      ['extra', 'unknown_property'],
      ['fields[1].key', 'duplicate'],
      ['placeholders[0].field', 'unknown_field'],
      ['prompt', 'prompt_forbidden_tag'],
      ['prompt', 'prompt_unknown_variable'],
    ]);
    for (const p of problems) {
      expect(p.message['en-US'].length).toBeGreaterThan(5);
      expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes schema problems with readable paths and its own bilingual text', () => {
    const base = noticeTemplate();
    const problems = problemsOf({
      ...base,
      prompt: undefined,
      name: {},
      fields: [{ ...field('s'), type: 'select', options: [] }, { ...field('t'), type: 'weird' }, { ...field('u'), maxLength: 0 }],
    });
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['prompt']?.message).toEqual({ 'en-US': 'Required.', 'zh-CN': '必须填写。' });
    expect(byPath['name']?.code).toBe('missing_text');
    expect(byPath['fields[0].options']?.message['en-US']).toBe('Needs at least 1 item(s).');
    expect(byPath['fields[1].type']?.message['en-US']).toContain('multiselect');
    expect(byPath['fields[2].maxLength']?.message['zh-CN']).toBe('不能小于 1。');
    expect(problems.some((p) => /Invalid input|expected/.test(p.message['en-US']))).toBe(false);
  });

  it('checks what the schema cannot: limits in order, defaults inside them, unique options, real dates', () => {
    const problems = problemsOf(
      noticeTemplate({
        prompt: '{{ subject }}',
        placeholders: [],
        fields: [
          field('subject', { minLength: 10, maxLength: 5, default: 'far too long' }),
          { key: 'n', label: { 'en-US': 'N' }, type: 'number', min: 10, max: 1, default: 2.5, integer: true },
          { key: 'd', label: { 'en-US': 'D' }, type: 'date', min: '2024-02-30', max: '2020-01-01' },
          { key: 's', label: { 'en-US': 'S' }, type: 'select', options: [{ value: 'x' }, { value: 'x' }], default: 'y' },
          { key: 'm', label: { 'en-US': 'M' }, type: 'multiselect', options: [{ value: 'x' }], minItems: 3, maxItems: 2, default: ['z'] },
          { key: 'l', label: { 'en-US': 'L' }, type: 'list', maxItems: 1, itemMaxLength: 3, default: ['abcd', 'e'] },
          field('today'),
        ],
      }),
    );
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'fields[0].minLength min_above_max',
      'fields[0].default default_out_of_range',
      'fields[1].min min_above_max',
      'fields[1].default default_out_of_range',
      'fields[1].default default_not_integer',
      'fields[2].min invalid_date',
      'fields[2].min min_above_max',
      'fields[3].options[1].value duplicate',
      'fields[3].default default_not_an_option',
      'fields[4].default default_not_an_option',
      'fields[4].minItems min_above_max',
      'fields[4].minItems min_above_options',
      'fields[5].default default_out_of_range',
      'fields[5].default[0] default_out_of_range',
      'fields[6].key reserved_key',
    ]);
  });

  it('rejects a placeholder that points at a field the template does not declare', () => {
    const problems = problemsOf(noticeTemplate({ placeholders: [{ key: 'amount', label: { 'zh-CN': '金额' }, field: 'amount' }] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'placeholders[0].field', code: 'unknown_field' })]);
  });

  it('refuses input that is not an object without throwing', () => {
    expect(validateTemplate(null)).toMatchObject({ ok: false });
    expect(validateTemplate('{"id": 1}')).toMatchObject({ ok: false });
  });
});
