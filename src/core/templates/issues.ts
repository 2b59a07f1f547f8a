/**
 * Turns zod issues into Problems with a readable path (`fields[2].options`) and a short message
 * in both languages. zod's own English text is never shown: it is neither translated nor aimed
 * at the admins who write templates.
 */
import type { z } from 'zod';
import type { Problem } from '../errors/codes.js';
import { problem, nameList } from './problems.js';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

/** `['fields', 2, 'options']` → `fields[2].options`; the root is the empty string. */
export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

const TYPE_NAMES: Record<string, [en: string, zh: string]> = {
  string: ['text', '文本'],
  number: ['a number', '数字'],
  int: ['a whole number', '整数'],
  boolean: ['true or false', 'true 或 false'],
  array: ['a list', '列表'],
  object: ['an object', '对象'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): [string, string] {
  const small = issue.code === 'too_small';
  const n = Number(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      return small
        ? n <= 1 ? ['Must not be empty.', '不能为空。'] : [`Must be at least ${n} characters.`, `至少需要 ${n} 个字符。`]
        : [`Must be at most ${n} characters.`, `最多 ${n} 个字符。`];
    case 'array':
    case 'set':
      return small ? [`Needs at least ${n} item(s).`, `至少需要 ${n} 项。`] : [`Allows at most ${n} item(s).`, `最多允许 ${n} 项。`];
    default:
      if (small) return strict ? [`Must be greater than ${n}.`, `必须大于 ${n}。`] : [`Must be at least ${n}.`, `不能小于 ${n}。`];
      return strict ? [`Must be less than ${n}.`, `必须小于 ${n}。`] : [`Must be at most ${n}.`, `不能大于 ${n}。`];
  }
}

function formatMessage(issue: Extract<Issue, { code: 'invalid_format' }>): [string, string] {
  const last = issue.path[issue.path.length - 1];
  if (last === 'key' || last === 'field')
    return [
      'Must start with a lower-case letter and use only letters, digits and _ (at most 40), e.g. "subject".',
      '须以小写字母开头，只能包含字母、数字和 _（最多 40 个），如 "subject"。',
    ];
  if (last === 'id')
    return ['Must be 2–63 lower-case letters, digits or hyphens, e.g. "meeting-notice".', '须为 2–63 个小写字母、数字或连字符，如 "meeting-notice"。'];
  if ('pattern' in issue && String(issue.pattern).includes('\\d{4}'))
    return ['Must be a date written YYYY-MM-DD, e.g. 2025-03-01.', '须为 YYYY-MM-DD 格式的日期，如 2025-03-01。'];
  return ['Has the wrong format.', '格式不正确。'];
}

function one(issue: Issue, input: unknown): Problem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return [problem(path, 'required', 'Required.', '必须填写。')];
      const [en, zh] = typeName(issue.expected);
      return [problem(path, 'invalid_type', `Must be ${en}.`, `应为${zh}。`)];
    }
    case 'too_small':
    case 'too_big': {
      const [en, zh] = sizeMessage(issue);
      return [problem(path, issue.code, en, zh)];
    }
    case 'invalid_format': {
      const [en, zh] = formatMessage(issue);
      return [problem(path, 'invalid_format', en, zh)];
    }
    case 'invalid_value': {
      const allowed = nameList(issue.values.map((v) => String(v)));
      return [problem(path, 'invalid_value', `Must be one of: ${allowed}.`, `只能是以下之一：${allowed}。`)];
    }
    case 'unrecognized_keys':
      // One problem per unknown property, each pointing at the property itself.
      return issue.keys.map((key) =>
        problem(formatPath([...issue.path, key]), 'unknown_property', `Unknown property "${key}": remove it or check its spelling.`, `不认识的属性“${key}”：请删除或检查拼写。`),
      );
    case 'invalid_union':
      if ('options' in issue && issue.discriminator) {
        const allowed = nameList((issue.options ?? []).map((v: unknown) => String(v)));
        return [problem(path, 'invalid_value', `Must be one of: ${allowed}.`, `只能是以下之一：${allowed}。`)];
      }
      return [problem(path, 'invalid', 'Is not valid.', '无效。')];
    case 'custom':
      // The schema's only refinement: localized texts need at least one language.
      return [problem(path, 'missing_text', 'Needs a text in at least one language (zh-CN or en-US).', '至少需要提供一种语言（zh-CN 或 en-US）的文字。')];
    default:
      return [problem(path, 'invalid', 'Is not valid.', '无效。')];
  }
}

export function issuesToProblems(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => one(issue, input));
}
