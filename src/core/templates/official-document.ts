/**
 * The whole 公文 from a template with `output.official`, the form's values and the model's body:
 * every header and closing element from the form (through the mapping), the body from the model
 * with its copies of those elements dropped (official-body.ts). Pure, so the pane can preview it
 * while the user types and send the same value to POST /api/official/docx.
 */
import type { Block } from '../blocks/types.js';
import type { Problem } from '../errors/codes.js';
import { checkOfficialDocument, officialDocumentSchema, type OfficialDocument } from '../officialdoc/document.js';
import { allowsSigner, docTypeSpec, type DocTypeId } from '../officialdoc/doc-types.js';
import { SECRECY_LEVELS, URGENCY_LEVELS, parseIsoDate, type SecrecyLevel, type UrgencyLevel } from '../officialdoc/format.js';
import { officialBody } from './official-body.js';
import { docTypeIdOf } from './official.js';
import { labels, problem } from './problems.js';
import type { FieldValue, OfficialMapping, OfficialPart, Template } from './schema.js';

export type OfficialTemplate = Pick<Template, 'fields' | 'output'>;

/** The 文种 of a template that can build a whole document, or undefined. */
export function officialDocType(template: Pick<Template, 'output'>): DocTypeId | undefined {
  const { output } = template;
  if (output.layout !== 'official' || !output.official) return undefined;
  return docTypeIdOf(output.docType);
}

export type OfficialBuild = { ok: true; document: OfficialDocument } | { ok: false; problems: Problem[] };

const FULLWIDTH_DIGITS = /[０-９]/g;

class Reader {
  constructor(
    private readonly template: OfficialTemplate,
    private readonly mapping: OfficialMapping,
    private readonly values: Readonly<Record<string, FieldValue | undefined>>,
  ) {}

  key(part: OfficialPart): string | undefined {
    return this.mapping[part];
  }

  raw(part: OfficialPart): FieldValue | undefined {
    const key = this.key(part);
    return key === undefined ? undefined : this.values[key];
  }

  text(part: OfficialPart): string {
    const v = this.raw(part);
    if (Array.isArray(v)) return v.join('\n').trim();
    return v === undefined ? '' : String(v).trim();
  }

  /** A list field's items, or a text split at line breaks (and at `separators` when given). */
  items(part: OfficialPart, separators?: RegExp): string[] {
    const v = this.raw(part);
    const parts = Array.isArray(v) ? v : this.text(part).split(/\n/);
    return parts.flatMap((s) => (separators ? s.split(separators) : [s])).map((s) => s.trim()).filter(Boolean);
  }

  /** A whole number from a number field or typed digits (full-width ones too); undefined when empty or not a number. */
  integer(part: OfficialPart): number | 'invalid' | undefined {
    const s = this.text(part).replace(FULLWIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (!s) return undefined;
    return /^\d+$/.test(s) ? Number(s) : 'invalid';
  }

  /** The field's label in both languages, for messages. */
  label(part: OfficialPart): { 'zh-CN': string; 'en-US': string } {
    const field = this.template.fields.find((f) => f.key === this.key(part));
    return field ? labels(field) : { 'zh-CN': part, 'en-US': part };
  }

  path(part: OfficialPart): string {
    return `fields.${this.key(part) ?? part}`;
  }
}

/** "无", "none" and empty mean the element is left out. */
const isNone = (s: string) => !s || /^(?:无|none|—|-)$/iu.test(s);

function titleOf(r: Reader, type: DocTypeId): string {
  const given = r.text('title');
  if (given) return given;
  const subject = r.text('subject').replace(/\s*\n\s*/g, '');
  if (!subject) return '';
  const spec = docTypeSpec(type);
  const named = r.text('titleDocType');
  const ending = named && docTypeIdOf(named) === type ? named : spec.zh.replace(/（.*）$/u, '');
  if (type === 'minutes') return subject.endsWith('纪要') ? subject : `${subject}纪要`;
  const matter = subject.replace(/^关于/u, '').replace(new RegExp(`的?(?:${ending}|${spec.zh})$`, 'u'), '');
  return `${r.text('issuer')}关于${matter}的${ending}`;
}

function issuerMarkOf(r: Reader, type: DocTypeId): string {
  const given = r.text('issuerMark');
  if (given) return given;
  const issuer = r.text('issuer');
  if (!issuer) return '';
  if (type === 'letter' || /(?:文件|纪要)$/u.test(issuer)) return issuer;
  return type === 'minutes' ? `${issuer}会议纪要` : `${issuer}文件`;
}

/** 附注: the note as typed, then the contact line (联系人：…，联系电话：…). */
function noteOf(r: Reader): string {
  const name = r.text('contactName');
  const phone = r.text('contactPhone');
  const contact = [name && `联系人：${name}`, phone && `联系电话：${phone}`].filter(Boolean).join('，');
  const note = r.text('note').replace(/^[（(]\s*|\s*[）)]$/gu, '');
  return [note, contact].filter(Boolean).join('；');
}

const cleanAttachment = (name: string) =>
  name
    .replace(/^(?:附件\s*[0-9０-９]*\s*[：:])?\s*(?:[0-9０-９]{1,2}\s*[.．、])?\s*/u, '')
    .replace(/[。.，,；;、\s]+$/u, '')
    .replace(/^《(.*)》$/u, '$1');

/**
 * Problems a clerk can fix in the form before anything is generated: a missing mark, title or
 * date, a half-filled 发文字号, values the standard does not allow. Paths are `fields.<key>`.
 */
export function officialFormProblems(template: OfficialTemplate, values: Readonly<Record<string, FieldValue | undefined>>): Problem[] {
  return buildParts(template, values).problems;
}

interface Parts {
  problems: Problem[];
  doc?: Omit<OfficialDocument, 'body'>;
  reader?: Reader;
}

function buildParts(template: OfficialTemplate, values: Readonly<Record<string, FieldValue | undefined>>): Parts {
  const type = officialDocType(template);
  const mapping = template.output.official;
  if (!type || !mapping) {
    return { problems: [problem('output.official', 'official_not_configured', 'This template does not describe a whole official document.', '此模板未配置完整公文的版头和版记。')] };
  }
  const r = new Reader(template, mapping, values);
  const problems: Problem[] = [];
  const need = (part: OfficialPart, en: string, zh: string) => {
    const l = r.label(part);
    problems.push(problem(r.path(part), 'official_value_missing', `"${l['en-US']}": ${en}`, `“${l['zh-CN']}”：${zh}`));
  };

  const issuerMark = issuerMarkOf(r, type);
  if (!issuerMark) need(r.key('issuerMark') && !r.key('issuer') ? 'issuerMark' : 'issuer', 'the issuing authority is needed for the header (发文机关标志).', '版头的发文机关标志需要填写发文机关。');
  const title = titleOf(r, type);
  if (!title) need(r.key('title') ? 'title' : 'subject', 'the title is made from it; fill it in.', '标题由此生成，请填写。');
  const date = r.text('date');
  if (!date) need('date', 'every official document carries its date (成文日期).', '公文必须标注成文日期。');
  else if (!parseIsoDate(date)) need('date', 'must be a real date written YYYY-MM-DD.', '应为 YYYY-MM-DD 格式的有效日期。');

  const doc: Omit<OfficialDocument, 'body'> = { type, issuerMark, title, date };

  const copyNumber = r.integer('copyNumber');
  if (copyNumber === 'invalid' || (typeof copyNumber === 'number' && (copyNumber < 1 || copyNumber > 999_999)))
    need('copyNumber', 'a copy number (份号) has one to six digits.', '份号为 1 至 6 位阿拉伯数字。');
  else if (copyNumber !== undefined) doc.copyNumber = String(copyNumber);

  const secrecy = r.text('secrecy');
  if (!isNone(secrecy)) {
    if ((SECRECY_LEVELS as readonly string[]).includes(secrecy)) {
      const period = r.text('secrecyPeriod');
      doc.secrecy = period ? { level: secrecy as SecrecyLevel, period } : { level: secrecy as SecrecyLevel };
    } else need('secrecy', `must be ${SECRECY_LEVELS.join(', ')} or none.`, `应为${SECRECY_LEVELS.join('、')}或“无”。`);
  }
  const urgency = r.text('urgency');
  if (!isNone(urgency)) {
    if ((URGENCY_LEVELS as readonly string[]).includes(urgency)) doc.urgency = urgency as UrgencyLevel;
    else need('urgency', `must be ${URGENCY_LEVELS.join(' or ')}, or none.`, `应为${URGENCY_LEVELS.join('或')}，或“无”。`);
  }

  // 发文字号: all of it or none of it; the year defaults to the date's.
  const code = r.text('docNumberCode');
  const seq = r.integer('docNumberSeq');
  const year = r.integer('docNumberYear');
  if (seq === 'invalid' || seq === 0) need('docNumberSeq', 'the sequence number is a whole number from 1, without 第 or leading zeros.', '发文顺序号为从 1 起的整数，不加“第”字，不编虚位。');
  if (year === 'invalid' || (typeof year === 'number' && (year < 1000 || year > 9999))) need('docNumberYear', 'the year has four digits.', '年份应为 4 位数字。');
  if (code && seq === undefined && r.key('docNumberSeq')) need('docNumberSeq', 'fill in the sequence number too, or leave the document number empty.', '请同时填写发文顺序号，或把发文字号整体留空。');
  if (!code && typeof seq === 'number' && r.key('docNumberCode')) need('docNumberCode', 'fill in the issuer code too (e.g. 某政办发), or leave the document number empty.', '请同时填写机关代字（如“某政办发”），或把发文字号整体留空。');
  if (code && typeof seq === 'number' && seq > 0) {
    const y = typeof year === 'number' ? year : parseIsoDate(date)?.year;
    if (y !== undefined && y >= 1000 && y <= 9999) doc.docNumber = { code, year: y, seq };
  }

  const signers = r.items('signers', /[、，,；;\s]+/u);
  if (signers.length && allowsSigner(type)) doc.signers = signers;

  const recipients = r.text('recipients').replace(/\s*\n\s*/g, '');
  if (recipients) doc.recipients = recipients;
  const attachments = r.items('attachments').map(cleanAttachment).filter(Boolean);
  if (attachments.length) doc.attachments = attachments;
  const signature = r.text('issuerSignature');
  if (signature) doc.issuerSignature = signature;
  const note = noteOf(r);
  if (note) doc.note = note;
  const copyTo = r.items('copyTo', /[，,、；;]+/u).map((s) => s.replace(/[。.]+$/u, ''));
  if (copyTo.length) doc.copyTo = copyTo;
  const printer = r.text('printer');
  if (printer) doc.printer = printer;
  const printDate = r.text('printDate');
  if (printDate) {
    if (parseIsoDate(printDate)) doc.printDate = printDate;
    else need('printDate', 'must be a real date written YYYY-MM-DD.', '应为 YYYY-MM-DD 格式的有效日期。');
  }
  return { problems, doc, reader: r };
}

/** Which form field supplies each element of OfficialDocument, to put the schema's problems under it. */
const ELEMENT_PARTS: Readonly<Record<string, readonly OfficialPart[]>> = {
  issuerMark: ['issuerMark', 'issuer'],
  title: ['title', 'subject'],
  recipients: ['recipients'],
  copyNumber: ['copyNumber'],
  secrecy: ['secrecy', 'secrecyPeriod'],
  urgency: ['urgency'],
  docNumber: ['docNumberCode', 'docNumberSeq'],
  signers: ['signers'],
  attachments: ['attachments'],
  issuerSignature: ['issuerSignature'],
  date: ['date'],
  note: ['note', 'contactName'],
  copyTo: ['copyTo'],
  printer: ['printer'],
  printDate: ['printDate'],
};

function fieldPath(mapping: OfficialMapping, element: string): string {
  const part = (ELEMENT_PARTS[element] ?? []).find((p) => mapping[p]);
  return part ? `fields.${mapping[part]}` : `official.${element}`;
}

/**
 * The document, or the problems that keep it from being laid out. The body is filtered by
 * officialBody; the header and closing never come from it.
 */
export function buildOfficialDocument(template: OfficialTemplate, values: Readonly<Record<string, FieldValue | undefined>>, blocks: readonly Block[]): OfficialBuild {
  const parts = buildParts(template, values);
  if (parts.problems.length || !parts.doc || !parts.reader) return { ok: false, problems: parts.problems };
  const body = officialBodyFor(template, values, blocks);
  const document: OfficialDocument = { ...parts.doc, body };
  const mapping = template.output.official ?? {};
  const parsed = officialDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const element = String(issue.path[0] ?? '');
      return problem(fieldPath(mapping, element), 'official_value_invalid', `${element}: this value cannot go into the document (too long or malformed).`, `${element}：此项内容无法写入公文（过长或格式不正确）。`);
    });
    return { ok: false, problems };
  }
  const crossField = checkOfficialDocument(document).map((p) => ({ ...p, path: fieldPath(mapping, p.path) }));
  return crossField.length ? { ok: false, problems: crossField } : { ok: true, document };
}

/** The model's blocks with the header and closing lines dropped, for this template and form. */
export function officialBodyFor<B extends Block>(template: OfficialTemplate, values: Readonly<Record<string, FieldValue | undefined>>, blocks: readonly B[]): B[] {
  const type = officialDocType(template);
  const mapping = template.output.official;
  if (!type || !mapping) return [...blocks];
  const r = new Reader(template, mapping, values);
  const names = [r.text('issuer'), issuerMarkOf(r, type), r.text('issuerSignature')];
  return officialBody(blocks, { title: titleOf(r, type), docType: docTypeSpec(type).zh, names, recipients: r.text('recipients') });
}

