/**
 * Checks the schema cannot express: unique keys and option values, min ≤ max, defaults that fit
 * their own limits, placeholders that point at real fields. Each field is checked on its own so
 * one broken field does not hide the problems of the others.
 */
import type { Problem } from '../errors/codes.js';
import { FIELD_TYPES, fieldSchema, type Field, type FieldType } from './schema.js';
import { problem, charCount, isCalendarDate, isRecord } from './problems.js';
import { RESERVED_KEYS } from './sandbox.js';
import { officialMappingProblems } from './official.js';

function minMax(path: string, min: number | string | undefined, max: number | string | undefined, what: [string, string]): Problem[] {
  if (min === undefined || max === undefined || min <= max) return [];
  return [problem(path, 'min_above_max', `The minimum ${what[0]} (${min}) is above the maximum (${max}).`, `${what[1]}的最小值（${min}）大于最大值（${max}）。`)];
}

function duplicates(values: readonly string[], pathOf: (i: number) => string, what: [string, string]): Problem[] {
  const first = new Map<string, number>();
  const out: Problem[] = [];
  values.forEach((v, i) => {
    const at = first.get(v);
    if (at === undefined) first.set(v, i);
    else out.push(problem(pathOf(i), 'duplicate', `${what[0]} "${v}" is used twice (first at ${pathOf(at)}); each must be unique.`, `${what[1]}“${v}”重复（首次出现于 ${pathOf(at)}），必须唯一。`));
  });
  return out;
}

function optionChecks(p: string, field: Extract<Field, { type: 'select' | 'multiselect' }>): Problem[] {
  const values = field.options.map((o) => o.value);
  const out = duplicates(values, (i) => `${p}.options[${i}].value`, ['Option value', '选项值']);
  const defaults = field.type === 'select' ? (field.default === undefined ? [] : [field.default]) : (field.default ?? []);
  for (const d of defaults)
    if (!values.includes(d)) out.push(problem(`${p}.default`, 'default_not_an_option', `The default "${d}" is not one of the options.`, `默认值“${d}”不在选项之中。`));
  return out;
}

function itemChecks(p: string, field: Extract<Field, { type: 'multiselect' | 'list' }>): Problem[] {
  const out: Problem[] = [];
  if (field.minItems !== undefined && field.maxItems !== undefined && field.minItems > field.maxItems)
    out.push(problem(`${p}.minItems`, 'min_above_max', `minItems (${field.minItems}) is above maxItems (${field.maxItems}).`, `最少项数（${field.minItems}）大于最多项数（${field.maxItems}）。`));
  if (field.type === 'multiselect' && (field.minItems ?? 0) > field.options.length)
    out.push(problem(`${p}.minItems`, 'min_above_options', `minItems (${field.minItems}) is more than the ${field.options.length} options offered.`, `最少项数（${field.minItems}）多于可选的 ${field.options.length} 个选项。`));
  const n = field.default?.length ?? 0;
  if (field.maxItems !== undefined && n > field.maxItems)
    out.push(problem(`${p}.default`, 'default_out_of_range', `The default has ${n} items; maxItems is ${field.maxItems}.`, `默认值有 ${n} 项，超过最多项数 ${field.maxItems}。`));
  if (field.type === 'list' && field.itemMaxLength !== undefined) {
    const max = field.itemMaxLength;
    (field.default ?? []).forEach((item, i) => {
      if (charCount(item) > max) out.push(problem(`${p}.default[${i}]`, 'default_out_of_range', `This default item is longer than itemMaxLength (${max}).`, `该默认项超过单项最大长度（${max}）。`));
    });
  }
  return out;
}

/** Checks one field that already passed the schema. */
function fieldChecks(p: string, field: Field): Problem[] {
  const out: Problem[] = [];
  if (RESERVED_KEYS.includes(field.key))
    out.push(problem(`${p}.key`, 'reserved_key', `"${field.key}" is reserved for the template language; choose another key.`, `“${field.key}”是模板语言的保留名，请换一个字段键。`));
  switch (field.type) {
    case 'text':
    case 'textarea': {
      out.push(...minMax(`${p}.minLength`, field.minLength, field.maxLength, ['length', '长度']));
      const len = field.default === undefined ? 0 : charCount(field.default);
      if (field.maxLength !== undefined && len > field.maxLength)
        out.push(problem(`${p}.default`, 'default_out_of_range', `The default is ${len} characters; maxLength is ${field.maxLength}.`, `默认值有 ${len} 个字符，超过最大长度 ${field.maxLength}。`));
      if (len > 0 && field.minLength !== undefined && len < field.minLength)
        out.push(problem(`${p}.default`, 'default_out_of_range', `The default is ${len} characters; minLength is ${field.minLength}.`, `默认值只有 ${len} 个字符，少于最小长度 ${field.minLength}。`));
      break;
    }
    case 'number': {
      out.push(...minMax(`${p}.min`, field.min, field.max, ['value', '数值']));
      const d = field.default;
      if (d !== undefined && ((field.min !== undefined && d < field.min) || (field.max !== undefined && d > field.max)))
        out.push(problem(`${p}.default`, 'default_out_of_range', `The default ${d} is outside ${field.min ?? '−∞'}…${field.max ?? '∞'}.`, `默认值 ${d} 不在 ${field.min ?? '−∞'}…${field.max ?? '∞'} 范围内。`));
      if (d !== undefined && field.integer && !Number.isInteger(d))
        out.push(problem(`${p}.default`, 'default_not_integer', 'The default must be a whole number.', '默认值必须是整数。'));
      break;
    }
    case 'date': {
      for (const k of ['min', 'max', 'default'] as const) {
        const v = field[k];
        if (v !== undefined && v !== 'today' && !isCalendarDate(v))
          out.push(problem(`${p}.${k}`, 'invalid_date', `"${v}" is not a real calendar date.`, `“${v}”不是有效的日期。`));
      }
      out.push(...minMax(`${p}.min`, field.min, field.max, ['date', '日期']));
      const d = field.default;
      if (d !== undefined && d !== 'today' && ((field.min && d < field.min) || (field.max && d > field.max)))
        out.push(problem(`${p}.default`, 'default_out_of_range', `The default ${d} is outside ${field.min ?? '…'} – ${field.max ?? '…'}.`, `默认日期 ${d} 不在 ${field.min ?? '…'} 至 ${field.max ?? '…'} 范围内。`));
      break;
    }
    case 'select':
      out.push(...optionChecks(p, field));
      break;
    case 'multiselect':
      out.push(...optionChecks(p, field), ...itemChecks(p, field));
      break;
    case 'list':
      out.push(...itemChecks(p, field));
      break;
  }
  return out;
}

/** Semantic checks on the raw input; each part is checked as far as it is readable. */
export function semanticProblems(input: unknown): { problems: Problem[]; fields: Map<string, FieldType> } {
  const problems: Problem[] = [];
  const fields = new Map<string, FieldType>();
  const raw = isRecord(input) && Array.isArray(input.fields) ? input.fields : [];
  const keys: string[] = [];
  const keyIndex: number[] = [];
  raw.forEach((f: unknown, i) => {
    if (!isRecord(f)) return;
    if (typeof f.key === 'string') {
      keys.push(f.key);
      keyIndex.push(i);
    }
    const parsed = fieldSchema.safeParse(f);
    if (parsed.success) problems.push(...fieldChecks(`fields[${i}]`, parsed.data));
    // A field with schema problems is still declared: the prompt may use it without a second,
    // misleading "unknown variable" complaint.
    if (typeof f.key === 'string' && !fields.has(f.key)) {
      const type = parsed.success ? parsed.data.type : FIELD_TYPES.find((t) => t === f.type) ?? 'text';
      fields.set(f.key, type);
    }
  });
  problems.push(...duplicates(keys, (j) => `fields[${keyIndex[j]}].key`, ['Field key', '字段键']));

  const placeholders = isRecord(input) && Array.isArray(input.placeholders) ? input.placeholders : [];
  const phKeys: string[] = [];
  const phIndex: number[] = [];
  placeholders.forEach((ph: unknown, i) => {
    if (!isRecord(ph)) return;
    if (typeof ph.key === 'string') {
      phKeys.push(ph.key);
      phIndex.push(i);
    }
    if (typeof ph.field === 'string' && !keys.includes(ph.field))
      problems.push(problem(`placeholders[${i}].field`, 'unknown_field', `Placeholder refers to field "${ph.field}", which the template does not declare.`, `占位符引用的字段“${ph.field}”在模板中不存在。`));
  });
  problems.push(...duplicates(phKeys, (j) => `placeholders[${phIndex[j]}].key`, ['Placeholder key', '占位符键']));
  problems.push(...officialMappingProblems(input, fields));
  return { problems, fields };
}
