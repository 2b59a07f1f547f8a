/**
 * The template as the admin edits it: the schema's input shape, which may be incomplete or wrong
 * while typing (live validation says what). Helpers here keep it in that shape: empty texts are
 * removed rather than stored as "", and changing a field's type drops what the new type lacks.
 */
import type { Locale } from '../../../../src/core/i18n/locale.js';
import type { FieldType, TemplateInput } from '../../../../src/core/templates/schema.js';

export type DraftTemplate = TemplateInput;
export type DraftField = TemplateInput['fields'][number];
export type DraftOutlineSection = NonNullable<TemplateInput['outline']>[number];
export type DraftPlaceholder = NonNullable<TemplateInput['placeholders']>[number];
export type DraftOption = Extract<DraftField, { type: 'select' }>['options'][number];
export type LocalizedInput = Partial<Record<Locale, string>>;

/** A new template: one text field and a prompt that uses it, so the first preview works. */
export function emptyTemplate(): DraftTemplate {
  return {
    id: '',
    name: {},
    kind: 'report',
    hosts: ['word'],
    locales: ['zh-CN'],
    fields: [{ key: 'subject', type: 'text', label: {}, required: true }],
    instructions: '',
    outline: [],
    prompt: '{{ subject }}',
    output: { layout: 'plain' },
    placeholders: [],
  };
}

/** A localized text with one language set or (when empty) removed; undefined when nothing is left. */
export function withText(value: LocalizedInput | undefined, locale: Locale, text: string): LocalizedInput | undefined {
  const next: LocalizedInput = { ...value };
  if (text === '') delete next[locale];
  else next[locale] = text;
  return Object.keys(next).length ? next : undefined;
}

/** Sets or removes (undefined, '') an optional property, keeping the object's other keys. */
export function withProp<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined || (value as unknown) === '') delete next[key];
  else next[key] = value;
  return next;
}

/** The first `field1`, `field2`, … not taken yet. */
export function freshKey(taken: readonly string[], stem = 'field'): string {
  for (let n = taken.length + 1; ; n += 1) {
    const key = `${stem}${n}`;
    if (!taken.includes(key)) return key;
  }
}

export function newField(taken: readonly string[]): DraftField {
  return { key: freshKey(taken), type: 'text', label: {}, required: false };
}

/** What every field type shares; type-specific limits, options and defaults do not survive a type change. */
export function changeFieldType(field: DraftField, type: FieldType): DraftField {
  if (field.type === type) return field;
  const { key, label, help, placeholder, required } = field;
  const common = { key, label, ...(required !== undefined ? { required } : {}), ...(help ? { help } : {}), ...(placeholder ? { placeholder } : {}) };
  const sameText = (field.type === 'text' || field.type === 'textarea') && (type === 'text' || type === 'textarea');
  switch (type) {
    case 'text':
    case 'textarea':
      return sameText ? { ...field, type } as DraftField : { ...common, type };
    case 'number':
      return { ...common, type };
    case 'date':
      return { ...common, type };
    case 'select':
    case 'multiselect': {
      // Options carry over between the two choice types.
      const options = field.type === 'select' || field.type === 'multiselect' ? field.options : [];
      return { ...common, type, options };
    }
    case 'list':
      return { ...common, type };
  }
}

/** Keys of the fields as typed (the prompt's autocomplete and the placeholders' field picker use them). */
export function fieldKeys(draft: Pick<DraftTemplate, 'fields'>): string[] {
  const keys = draft.fields.map((f) => (typeof f.key === 'string' ? f.key.trim() : '')).filter(Boolean);
  return [...new Set(keys)];
}
