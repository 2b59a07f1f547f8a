/**
 * The form's values as typed, and the bridges to validation and fact checking: starting
 * values (saved ones first, then template defaults), problems mapped to fields, and the
 * values flattened to text as sources for the "please verify" marks.
 */
import type { Problem } from '../../../src/core/errors/codes.js';
import { localize, type Locale } from '../../../src/core/i18n/locale.js';
import type { Field, FieldValues, Template } from '../../../src/core/templates/schema.js';
import type { FieldProblem } from '../../api/errors.js';
import type { FormValues } from '../../state/draft-store.js';

/** YYYY-MM-DD in the user's own time zone. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function defaultValue(field: Field, today: string): string | string[] {
  switch (field.type) {
    case 'multiselect':
      return field.default ? [...field.default] : [];
    case 'list':
      return field.default?.length ? [...field.default] : [''];
    case 'date':
      return field.default === 'today' ? today : (field.default ?? '');
    case 'number':
      return field.default === undefined ? '' : String(field.default);
    default:
      return field.default ?? '';
  }
}

/** Saved values of fields that still exist, with the right shape; defaults for the rest. */
export function initialValues(template: Pick<Template, 'fields'>, saved: FormValues | undefined, today: string): FormValues {
  const out: FormValues = {};
  for (const field of template.fields) {
    const value = saved?.[field.key];
    const wantsList = field.type === 'multiselect' || field.type === 'list';
    if (value !== undefined && Array.isArray(value) === wantsList) out[field.key] = value;
    else out[field.key] = defaultValue(field, today);
  }
  return out;
}

/** Messages by field key, in the user's language; the first problem of a field wins. */
export function messagesByField(problems: readonly (Problem | FieldProblem)[], locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    if (!p.path.startsWith('fields.')) continue;
    const key = p.path.slice('fields.'.length);
    if (key && !(key in out)) out[key] = typeof p.message === 'string' ? p.message : p.message[locale];
  }
  return out;
}

/**
 * Everything the user gave, as text: values, plus the labels of chosen options (a model may
 * write the label rather than the value) and number units.
 */
export function sourcesFromValues(template: Pick<Template, 'fields'>, values: FormValues | FieldValues): string[] {
  const out: string[] = [];
  for (const field of template.fields) {
    const raw = values[field.key];
    if (raw === undefined) continue;
    const items = Array.isArray(raw) ? raw : [String(raw)];
    for (const item of items) {
      if (!item.trim()) continue;
      out.push(item);
      if (field.type === 'select' || field.type === 'multiselect') {
        const option = field.options.find((o) => o.value === item);
        if (option?.label) out.push(...[option.label['zh-CN'], option.label['en-US']].filter((s): s is string => !!s));
      }
      if (field.type === 'number' && field.unit) out.push(`${item}${localize(field.unit, 'zh-CN')}`, `${item} ${localize(field.unit, 'en-US')}`);
    }
  }
  return out;
}
