/**
 * The template schema: what an admin writes and what the gateway stores as immutable versions.
 * Types are derived from the schema so the server, the add-in and the built-in JSON agree.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locale.js';

export const TEMPLATE_KINDS = ['official', 'report', 'email', 'snippet'] as const;
export const TEMPLATE_HOSTS = ['word', 'outlook'] as const;
export const FIELD_TYPES = ['text', 'textarea', 'date', 'number', 'select', 'multiselect', 'list'] as const;
export const OUTPUT_LAYOUTS = ['official', 'report', 'email', 'plain'] as const;

/** Hard ceilings, whatever a template asks for: they bound prompt size and request bodies. */
export const LIMITS = {
  fields: 40,
  textMax: 20_000,
  listItems: 100,
  options: 100,
  promptChars: 20_000,
  instructionsChars: 20_000,
  outlineSections: 30,
  labelChars: 200,
  helpChars: 1_000,
} as const;

const localized = z
  .object({ 'zh-CN': z.string().trim().min(1).max(LIMITS.labelChars), 'en-US': z.string().trim().min(1).max(LIMITS.labelChars) })
  .partial()
  .strict()
  .refine((v) => LOCALES.some((l) => v[l]), { message: 'needs a text in at least one language' });

const longLocalized = z
  .object({ 'zh-CN': z.string().max(LIMITS.helpChars), 'en-US': z.string().max(LIMITS.helpChars) })
  .partial()
  .strict();

export const FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

const fieldBase = {
  key: z.string().regex(FIELD_KEY, 'must start with a lower-case letter and use only letters, digits and _ (at most 40)'),
  label: localized,
  help: longLocalized.optional(),
  placeholder: longLocalized.optional(),
  required: z.boolean().default(false),
};

const option = z.object({ value: z.string().trim().min(1).max(200), label: localized.optional() }).strict();

export const textFieldSchema = z
  .object({
    ...fieldBase,
    type: z.enum(['text', 'textarea']),
    minLength: z.number().int().min(0).max(LIMITS.textMax).optional(),
    maxLength: z.number().int().min(1).max(LIMITS.textMax).optional(),
    default: z.string().max(LIMITS.textMax).optional(),
  })
  .strict();

export const numberFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().optional(),
    unit: longLocalized.optional(),
    default: z.number().finite().optional(),
  })
  .strict();

export const dateFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('date'),
    min: isoDate.optional(),
    max: isoDate.optional(),
    /** `today` fills in the current date when the form opens. */
    default: z.union([isoDate, z.literal('today')]).optional(),
  })
  .strict();

export const selectFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('select'),
    options: z.array(option).min(1).max(LIMITS.options),
    default: z.string().optional(),
  })
  .strict();

export const multiselectFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('multiselect'),
    options: z.array(option).min(1).max(LIMITS.options),
    minItems: z.number().int().min(0).optional(),
    maxItems: z.number().int().min(1).max(LIMITS.options).optional(),
    default: z.array(z.string()).optional(),
  })
  .strict();

export const listFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('list'),
    minItems: z.number().int().min(0).optional(),
    maxItems: z.number().int().min(1).max(LIMITS.listItems).optional(),
    itemMaxLength: z.number().int().min(1).max(LIMITS.textMax).optional(),
    default: z.array(z.string()).optional(),
  })
  .strict();

export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  selectFieldSchema,
  multiselectFieldSchema,
  listFieldSchema,
]);

export const outlineSectionSchema = z
  .object({ title: z.string().trim().min(1).max(LIMITS.labelChars), guidance: z.string().max(LIMITS.helpChars).default('') })
  .strict();

/** Something the model must never make up; it writes the marker instead, e.g. 【发文字号】. */
export const placeholderSchema = z
  .object({
    key: z.string().trim().min(1).max(60),
    label: localized,
    /** The field that supplies it, when the form has one; the model then uses that value only. */
    field: z.string().regex(FIELD_KEY).optional(),
  })
  .strict();

/**
 * The parts of a 公文 that come from the form, never from the model: each names the field that
 * supplies it (checked in official.ts: the field must exist and be of a fitting type).
 */
export const OFFICIAL_PARTS = [
  /** 发文机关 name: starts the title, and the mark (…文件) when issuerMark is empty. */
  'issuer',
  /** 发文机关标志 as typed, e.g. ××市人民政府文件. */
  'issuerMark',
  /** 事由: the title becomes 发文机关关于事由的文种 (纪要: 事由纪要). */
  'subject',
  /** The whole title instead of issuer + subject. */
  'title',
  /** A field naming the 文种 at the end of the title when it varies (函 or 复函). */
  'titleDocType',
  'recipients',
  'copyNumber',
  'secrecy',
  'secrecyPeriod',
  'urgency',
  /** 发文字号: 机关代字, year (the date's year when empty), sequence number. */
  'docNumberCode',
  'docNumberYear',
  'docNumberSeq',
  /** 签发人, upward documents only; several names separated by 、 or commas. */
  'signers',
  /** 成文日期. */
  'date',
  'attachments',
  'issuerSignature',
  /** 附注 as typed; contactName and contactPhone add the contact line a 请示 needs. */
  'note',
  'contactName',
  'contactPhone',
  'copyTo',
  'printer',
  'printDate',
] as const;
export type OfficialPart = (typeof OFFICIAL_PARTS)[number];

export const officialMappingSchema = z.partialRecord(z.enum(OFFICIAL_PARTS), z.string().regex(FIELD_KEY, 'must be the key of a field of this template'));
export type OfficialMapping = z.output<typeof officialMappingSchema>;

export const outputSchema = z
  .object({
    layout: z.enum(OUTPUT_LAYOUTS),
    /** For official documents: 通知, 请示, 报告, 函, 纪要 … */
    docType: z.string().max(20).optional(),
    /** Rough target length in characters (Chinese) or words (English). */
    targetLength: z.number().int().min(20).max(20_000).optional(),
    /**
     * Official layout only: which fields fill the header and closing elements. With it the pane
     * builds the whole document and the model writes only the body.
     */
    official: officialMappingSchema.optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    id: z.string().regex(TEMPLATE_ID, 'must be 2–63 lower-case letters, digits or hyphens'),
    name: localized,
    description: longLocalized.optional(),
    kind: z.enum(TEMPLATE_KINDS),
    hosts: z.array(z.enum(TEMPLATE_HOSTS)).min(1).max(TEMPLATE_HOSTS.length),
    /** Languages the template writes in; used to filter the gallery. */
    locales: z.array(z.enum(LOCALES)).min(1).max(LOCALES.length),
    category: z.string().trim().max(60).optional(),
    tags: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
    fields: z.array(fieldSchema).max(LIMITS.fields),
    instructions: z.string().max(LIMITS.instructionsChars).default(''),
    outline: z.array(outlineSectionSchema).max(LIMITS.outlineSections).default([]),
    prompt: z.string().trim().min(1).max(LIMITS.promptChars),
    output: outputSchema,
    placeholders: z.array(placeholderSchema).max(30).default([]),
  })
  .strict();

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
export type Field = z.output<typeof fieldSchema>;
export type FieldType = (typeof FIELD_TYPES)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type TemplateHost = (typeof TEMPLATE_HOSTS)[number];

/** What a filled form holds: strings, numbers or string lists, by field key. */
export type FieldValue = string | number | string[];
export type FieldValues = Record<string, FieldValue>;
