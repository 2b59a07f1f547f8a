/**
 * Checks a filled form against its template before anything reaches the model. Problems carry
 * the path `fields.<key>` and name the field by its label in each language, so the pane can put
 * the message under the right input. Values come back normalised (trimmed, numbers parsed,
 * defaults applied for optional fields left empty).
 */
import type { Problem } from '../errors/codes.js';
import type { Locale, Localized } from '../i18n/locale.js';
import { LIMITS, type Field, type FieldValue, type FieldValues, type Template } from './schema.js';
import { charCount, isCalendarDate, isRecord, labels, nameList, problem } from './problems.js';

export interface FieldValueOptions {
  /** Today's date (YYYY-MM-DD) in the user's time zone, for date fields defaulting to `today`. */
  today?: string;
  /** Accepted for call-site symmetry; messages always carry both languages. */
  locale?: Locale;
}

export type FieldValuesResult = { ok: true; values: FieldValues } | { ok: false; problems: Problem[] };

type Check = { value: FieldValue } | { problem: [code: string, en: string, zh: string] };

const fail = (code: string, en: string, zh: string): Check => ({ problem: [code, en, zh] });

/** Full-width digits and signs (common in zh-CN input methods) become ASCII. */
function asciiDigits(s: string): string {
  return s.replace(/[０-９．－＋，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function checkText(field: Extract<Field, { type: 'text' | 'textarea' }>, raw: unknown, l: Localized): Check {
  if (typeof raw !== 'string') return fail('invalid_type', `"${l['en-US']}" must be text.`, `“${l['zh-CN']}”应为文字。`);
  let text = raw.replace(/\r\n?/g, '\n').trim();
  // A one-line field keeps one line: pasted line breaks become spaces.
  if (field.type === 'text') text = text.replace(/\s*\n\s*/g, ' ');
  const len = charCount(text);
  const max = Math.min(field.maxLength ?? LIMITS.textMax, LIMITS.textMax);
  if (len > max) return fail('too_long', `"${l['en-US']}" is too long: ${len} characters, at most ${max}.`, `“${l['zh-CN']}”过长：${len} 个字符，最多 ${max} 个。`);
  if (field.minLength !== undefined && len < field.minLength)
    return fail('too_short', `"${l['en-US']}" is too short: at least ${field.minLength} characters.`, `“${l['zh-CN']}”过短：至少 ${field.minLength} 个字符。`);
  return { value: text };
}

function checkNumber(field: Extract<Field, { type: 'number' }>, raw: unknown, l: Localized): Check {
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const s = asciiDigits(raw).replace(/\s/g, '');
    // Thousands separators only where they are in the right places: "1,234.5" but not "1,2".
    if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ''));
  }
  if (n === undefined || !Number.isFinite(n)) return fail('invalid_type', `"${l['en-US']}" must be a number.`, `“${l['zh-CN']}”应为数字。`);
  if (field.integer && !Number.isInteger(n)) return fail('invalid_type', `"${l['en-US']}" must be a whole number.`, `“${l['zh-CN']}”应为整数。`);
  if (field.min !== undefined && n < field.min) return fail('out_of_range', `"${l['en-US']}" must be at least ${field.min}.`, `“${l['zh-CN']}”不能小于 ${field.min}。`);
  if (field.max !== undefined && n > field.max) return fail('out_of_range', `"${l['en-US']}" must be at most ${field.max}.`, `“${l['zh-CN']}”不能大于 ${field.max}。`);
  return { value: n };
}

function checkDate(field: Extract<Field, { type: 'date' }>, raw: unknown, l: Localized): Check {
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (!isCalendarDate(s)) return fail('invalid_date', `"${l['en-US']}" must be a real date written YYYY-MM-DD.`, `“${l['zh-CN']}”应为 YYYY-MM-DD 格式的有效日期。`);
  if (field.min && s < field.min) return fail('out_of_range', `"${l['en-US']}" must be on or after ${field.min}.`, `“${l['zh-CN']}”不能早于 ${field.min}。`);
  if (field.max && s > field.max) return fail('out_of_range', `"${l['en-US']}" must be on or before ${field.max}.`, `“${l['zh-CN']}”不能晚于 ${field.max}。`);
  return { value: s };
}

function checkSelect(field: Extract<Field, { type: 'select' }>, raw: unknown, l: Localized): Check {
  const values = field.options.map((o) => o.value);
  if (typeof raw === 'string' && values.includes(raw)) return { value: raw };
  const shown = typeof raw === 'string' ? raw.slice(0, 40) : typeof raw;
  return fail('not_an_option', `"${l['en-US']}": "${shown}" is not one of the choices (${nameList(values)}).`, `“${l['zh-CN']}”：“${shown}”不是可选项（${nameList(values)}）。`);
}

function checkItems(field: Extract<Field, { type: 'multiselect' | 'list' }>, raw: unknown, l: Localized): Check {
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string'))
    return fail('invalid_type', `"${l['en-US']}" must be a list of texts.`, `“${l['zh-CN']}”应为文字列表。`);
  let items = (raw as string[]).map((s) => s.replace(/\r\n?/g, '\n').trim()).filter(Boolean);
  if (field.type === 'multiselect') {
    const values = field.options.map((o) => o.value);
    const bad = items.find((v) => !values.includes(v));
    if (bad !== undefined)
      return fail('not_an_option', `"${l['en-US']}": "${bad.slice(0, 40)}" is not one of the choices (${nameList(values)}).`, `“${l['zh-CN']}”：“${bad.slice(0, 40)}”不是可选项（${nameList(values)}）。`);
    items = [...new Set(items)];
  } else {
    const max = Math.min(field.itemMaxLength ?? LIMITS.textMax, LIMITS.textMax);
    const i = items.findIndex((s) => charCount(s) > max);
    if (i >= 0) return fail('too_long', `"${l['en-US']}": item ${i + 1} is too long (at most ${max} characters).`, `“${l['zh-CN']}”：第 ${i + 1} 项过长（最多 ${max} 个字符）。`);
  }
  const cap = field.type === 'list' ? LIMITS.listItems : LIMITS.options;
  const maxItems = Math.min(field.maxItems ?? cap, cap);
  if (items.length > maxItems) return fail('too_many', `"${l['en-US']}" allows at most ${maxItems} items (${items.length} given).`, `“${l['zh-CN']}”最多 ${maxItems} 项（现有 ${items.length} 项）。`);
  if (field.minItems !== undefined && items.length < field.minItems)
    return fail('too_few', `"${l['en-US']}" needs at least ${field.minItems} items.`, `“${l['zh-CN']}”至少需要 ${field.minItems} 项。`);
  return { value: items };
}

function check(field: Field, raw: unknown, l: Localized): Check {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return checkText(field, raw, l);
    case 'number':
      return checkNumber(field, raw, l);
    case 'date':
      return checkDate(field, raw, l);
    case 'select':
      return checkSelect(field, raw, l);
    case 'multiselect':
    case 'list':
      return checkItems(field, raw, l);
  }
}

/** Empty input counts as "not given": absent, null, blank text, or a list of blank items. */
function isEmpty(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.every((x) => typeof x === 'string' && x.trim() === '');
  return false;
}

function defaultOf(field: Field, today: string | undefined): FieldValue | undefined {
  if (field.default === undefined) return undefined;
  if (field.type === 'date' && field.default === 'today') return today && isCalendarDate(today) ? today : undefined;
  return Array.isArray(field.default) ? [...field.default] : field.default;
}

export function validateFieldValues(
  template: Pick<Template, 'fields'>,
  values: unknown,
  options: FieldValueOptions | Locale = {},
): FieldValuesResult {
  const opts: FieldValueOptions = typeof options === 'string' ? { locale: options } : options;
  if (!isRecord(values))
    return { ok: false, problems: [problem('fields', 'invalid_type', 'The form values must be an object of field key → value.', '表单内容应为“字段键 → 值”的对象。')] };

  const problems: Problem[] = [];
  const out: FieldValues = {};
  const known = new Set(template.fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      problems.push(problem(`fields.${key}`, 'unknown_field', `"${key.slice(0, 60)}" is not a field of this template.`, `“${key.slice(0, 60)}”不是本模板的字段。`));
  }
  for (const field of template.fields) {
    const l = labels(field);
    const path = `fields.${field.key}`;
    const raw = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    if (isEmpty(raw)) {
      if (field.required) {
        problems.push(problem(path, 'required', `"${l['en-US']}" is required.`, `请填写“${l['zh-CN']}”。`));
        continue;
      }
      const d = defaultOf(field, opts.today);
      if (d !== undefined) out[field.key] = d;
      continue;
    }
    const result = check(field, raw, l);
    if ('problem' in result) problems.push(problem(path, ...result.problem));
    else out[field.key] = result.value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, values: out };
}
