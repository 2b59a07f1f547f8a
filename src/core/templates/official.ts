/**
 * Checks a template's `output.official` mapping: it belongs to the official layout with a known
 * 文种, every part names a declared field of a type that can hold it, and the parts a document
 * cannot do without (a mark, a title, a date) are mapped. 签发人 only on documents that may go
 * upward. Problems point at `output.official.<part>`.
 */
import type { Problem } from '../errors/codes.js';
import { DOC_TYPES, allowsSigner, type DocTypeId } from '../officialdoc/doc-types.js';
import { problem } from './problems.js';
import { FIELD_KEY, type FieldType, type OfficialPart } from './schema.js';

/** Field types that can supply each part. */
const FITS: Readonly<Record<OfficialPart, readonly FieldType[]>> = {
  issuer: ['text'],
  issuerMark: ['text'],
  subject: ['text', 'textarea'],
  title: ['text', 'textarea'],
  titleDocType: ['select', 'text'],
  recipients: ['text', 'textarea'],
  copyNumber: ['number', 'text'],
  secrecy: ['select', 'text'],
  secrecyPeriod: ['text'],
  urgency: ['select', 'text'],
  docNumberCode: ['text'],
  docNumberYear: ['number', 'text'],
  docNumberSeq: ['number', 'text'],
  signers: ['text', 'list'],
  date: ['date'],
  attachments: ['list', 'textarea'],
  issuerSignature: ['text'],
  note: ['text', 'textarea'],
  contactName: ['text'],
  contactPhone: ['text'],
  copyTo: ['text', 'textarea', 'list'],
  printer: ['text'],
  printDate: ['date'],
};

/** 通知 → notice; the alternative names a title may end with (复函, 会议纪要, 令) too. */
export function docTypeIdOf(name: string | undefined): DocTypeId | undefined {
  const t = name?.trim();
  if (!t) return undefined;
  const alias: Record<string, string> = { 复函: '函', 会议纪要: '纪要', 令: '命令（令）', 命令: '命令（令）' };
  const zh = alias[t] ?? t;
  return DOC_TYPES.find((d) => d.zh === zh)?.id;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of the mapping in a raw template input; `fields` are the declared keys and types. */
export function officialMappingProblems(input: unknown, fields: ReadonlyMap<string, FieldType>): Problem[] {
  const output = isRecord(input) && isRecord(input.output) ? input.output : undefined;
  const mapping = output && isRecord(output.official) ? output.official : undefined;
  if (!mapping) return [];
  const at = (part: string) => `output.official${part ? `.${part}` : ''}`;
  const out: Problem[] = [];

  if (output?.layout !== 'official')
    out.push(problem(at(''), 'official_needs_layout', 'output.official only applies to templates with the official layout; set output.layout to "official" or remove it.', 'output.official 只用于公文版式的模板：请把 output.layout 设为 "official"，或删除 output.official。'));
  const docType = typeof output?.docType === 'string' ? docTypeIdOf(output.docType) : undefined;
  if (!docType)
    out.push(
      problem(
        'output.docType',
        'official_needs_doc_type',
        'With output.official, output.docType must name one of the 15 kinds of 公文 (通知, 请示, 报告, 函, 纪要 …).',
        '使用 output.official 时，output.docType 必须是 15 种公文文种之一（通知、请示、报告、函、纪要等）。',
      ),
    );

  for (const [part, key] of Object.entries(mapping)) {
    if (typeof key !== 'string' || !FIELD_KEY.test(key) || !(part in FITS)) continue; // the schema reports these
    const type = fields.get(key);
    if (!type) {
      out.push(problem(at(part), 'unknown_field', `"${part}" is mapped to field "${key}", which the template does not declare.`, `“${part}”对应的字段“${key}”在模板中不存在。`));
      continue;
    }
    const fits = FITS[part as OfficialPart];
    if (!fits.includes(type))
      out.push(
        problem(
          at(part),
          'field_type_mismatch',
          `"${part}" needs a field of type ${fits.join(' or ')}; "${key}" is a ${type} field.`,
          `“${part}”需要类型为 ${fits.join(' 或 ')} 的字段，而“${key}”是 ${type} 字段。`,
        ),
      );
  }

  const has = (part: OfficialPart) => typeof mapping[part] === 'string';
  if (!has('issuer') && !has('issuerMark'))
    out.push(problem(at('issuer'), 'official_part_missing', 'Map "issuer" (or "issuerMark") to a field: every 公文 has an issuing authority mark.', '请为“issuer”（或“issuerMark”）指定字段：公文必须有发文机关标志。'));
  if (!has('subject') && !has('title'))
    out.push(problem(at('subject'), 'official_part_missing', 'Map "subject" (or "title") to a field: the title comes from the form.', '请为“subject”（或“title”）指定字段：标题来自表单。'));
  if (!has('date')) out.push(problem(at('date'), 'official_part_missing', 'Map "date" to a date field: every 公文 has a 成文日期.', '请为“date”指定日期字段：公文必须有成文日期。'));
  if (docType && has('signers') && !allowsSigner(docType))
    out.push(
      problem(
        at('signers'),
        'signer_not_upward',
        `签发人 appears only on documents sent upward; a ${output?.docType as string} does not carry one. Remove "signers".`,
        `签发人只标注在上行文上，${output?.docType as string}不标注签发人，请删除“signers”。`,
      ),
    );
  return out;
}
