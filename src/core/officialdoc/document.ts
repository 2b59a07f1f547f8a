/**
 * The whole 公文 as one value: the header and closing elements come from the form (the model
 * never writes them), the body is the structured draft (core/blocks). The schema checks shape;
 * `checkOfficialDocument` checks what depends on more than one field, with bilingual problems.
 */
import { z } from 'zod';
import type { Problem } from '../errors/codes.js';
import type { Block } from '../blocks/types.js';
import { problem } from '../templates/problems.js';
import { DOC_TYPE_IDS, allowsSigner, docTypeSpec } from './doc-types.js';
import { SECRECY_LEVELS, URGENCY_LEVELS, parseIsoDate } from './format.js';

/** Ceilings that keep one request small: a long 公文 is a few thousand characters. */
export const OFFICIAL_LIMITS = {
  blocks: 2_000,
  inlineRuns: 200,
  textChars: 20_000,
  totalChars: 200_000,
  tableRows: 200,
  tableCells: 20,
  listItems: 500,
} as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const line = (max: number) => z.string().trim().min(1).max(max);

const inlineSchema = z
  .object({ text: z.string().max(OFFICIAL_LIMITS.textChars), bold: z.boolean().optional(), italic: z.boolean().optional() })
  .strict();
const contentSchema = z.array(inlineSchema).max(OFFICIAL_LIMITS.inlineRuns);

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.literal([1, 2, 3, 4]), content: contentSchema }).strict(),
  z.object({ type: z.literal('paragraph'), content: contentSchema }).strict(),
  z
    .object({
      type: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(z.object({ content: contentSchema, level: z.number().int().min(0).max(8) }).strict()).max(OFFICIAL_LIMITS.listItems),
    })
    .strict(),
  z
    .object({
      type: z.literal('table'),
      rows: z.array(z.array(contentSchema).max(OFFICIAL_LIMITS.tableCells)).max(OFFICIAL_LIMITS.tableRows),
      header: z.boolean(),
    })
    .strict(),
]);

export const officialDocumentSchema = z
  .object({
    type: z.enum(DOC_TYPE_IDS),
    /** 份号, up to six digits. */
    copyNumber: z.string().regex(/^\d{1,6}$/).optional(),
    /** 密级和保密期限, e.g. {level: "机密", period: "1年"}. */
    secrecy: z.object({ level: z.enum(SECRECY_LEVELS), period: line(20).optional() }).strict().optional(),
    /** 紧急程度. */
    urgency: z.enum(URGENCY_LEVELS).optional(),
    /** 发文机关标志, e.g. "××市人民政府文件". */
    issuerMark: line(40),
    /** 发文字号 parts; formatted as X发〔2024〕7号. */
    docNumber: z
      .object({ code: line(30), year: z.number().int().min(1000).max(9999), seq: z.number().int().min(1).max(99_999) })
      .strict()
      .optional(),
    /** 签发人, upward documents only. */
    signers: z.array(line(20)).max(8).optional(),
    /** 标题; a line break marks where a long title is split. */
    title: z.string().trim().min(1).max(200),
    /** 主送机关; the full-width colon is added. */
    recipients: z.string().trim().max(500).optional(),
    body: z.array(blockSchema).max(OFFICIAL_LIMITS.blocks),
    /** 附件说明: the names of the attachments, in order. */
    attachments: z.array(line(200)).max(30).optional(),
    /** 发文机关署名. */
    issuerSignature: z.string().trim().max(100).optional(),
    /** 成文日期, YYYY-MM-DD. */
    date: isoDate,
    /** 附注, without its brackets. */
    note: z.string().trim().max(500).optional(),
    /** 抄送机关. */
    copyTo: z.array(line(100)).max(50).optional(),
    /** 印发机关. */
    printer: z.string().trim().max(100).optional(),
    /** 印发日期, YYYY-MM-DD. */
    printDate: isoDate.optional(),
  })
  .strict();

export type OfficialDocument = Omit<z.infer<typeof officialDocumentSchema>, 'body'> & { body: Block[] };

// The schema's blocks must stay assignable to core/blocks' Block, or the two have drifted apart.
type SchemaBlock = z.infer<typeof blockSchema>;
const _blocksMatch: (b: SchemaBlock) => Block = (b) => b;
void _blocksMatch;

function blockText(block: Block): number {
  const runs = (content: { text: string }[]) => content.reduce((n, r) => n + r.text.length, 0);
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return runs(block.content);
    case 'list':
      return block.items.reduce((n, item) => n + runs(item.content), 0);
    case 'table':
      return block.rows.reduce((n, row) => n + row.reduce((m, cell) => m + runs(cell), 0), 0);
  }
}

/** Rules that span fields. Empty when the document can be laid out. */
export function checkOfficialDocument(doc: OfficialDocument): Problem[] {
  const problems: Problem[] = [];
  const type = docTypeSpec(doc.type);
  if (doc.signers?.length && !allowsSigner(doc.type)) {
    problems.push(
      problem(
        'signers',
        'signer_not_upward',
        `签发人 is only marked on documents sent to a superior (请示, 报告, 议案, 意见); remove it from this ${type.en} (${type.zh}).`,
        `签发人只标注在上行文（请示、报告、议案、上报的意见）上，${type.zh}不标注签发人，请删除。`,
      ),
    );
  }
  for (const key of ['date', 'printDate'] as const) {
    const value = doc[key];
    if (value !== undefined && !parseIsoDate(value)) {
      problems.push(problem(key, 'invalid_date', `${value} is not a day of the calendar.`, `${value} 不是有效的日期。`));
    }
  }
  const total = doc.body.reduce((n, b) => n + blockText(b), 0);
  if (total > OFFICIAL_LIMITS.totalChars) {
    problems.push(
      problem(
        'body',
        'too_long',
        `The body has ${total} characters; at most ${OFFICIAL_LIMITS.totalChars} fit in one document. Split it into several documents or attachments.`,
        `正文共 ${total} 字，单份公文最多 ${OFFICIAL_LIMITS.totalChars} 字，请拆分为多份公文或附件。`,
      ),
    );
  }
  return problems;
}
