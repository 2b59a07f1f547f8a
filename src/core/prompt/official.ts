/**
 * Prompting for a whole 公文 (a template with `output.official`): the pane builds the header and
 * the closing from the form, so the model is told to write the body only, with the closing
 * formula that fits the 文种 (from core/officialdoc/doc-types), and the fields that feed only
 * the header never reach it.
 */
import type { Locale } from '../i18n/locale.js';
import { docTypeSpec } from '../officialdoc/doc-types.js';
import { officialDocType } from '../templates/official-document.js';
import type { OfficialPart, Template } from '../templates/schema.js';

/** Parts that appear only in the header or the closing; the body never needs them. */
const HEADER_ONLY: readonly OfficialPart[] = [
  'issuerMark',
  'copyNumber',
  'secrecy',
  'secrecyPeriod',
  'urgency',
  'docNumberCode',
  'docNumberYear',
  'docNumberSeq',
  'signers',
  'date',
  'issuerSignature',
  'note',
  'contactName',
  'contactPhone',
  'copyTo',
  'printer',
  'printDate',
];

/** Field keys the model is not shown (unless the body also needs the field for another part). */
export function headerOnlyFields(template: Pick<Template, 'output'>): Set<string> {
  const mapping = template.output.official;
  if (!mapping || !officialDocType(template)) return new Set();
  const used = new Set(Object.entries(mapping).filter(([part]) => !HEADER_ONLY.includes(part as OfficialPart)).map(([, key]) => key));
  return new Set(HEADER_ONLY.map((part) => mapping[part]).filter((key): key is string => !!key && !used.has(key)));
}

/** The system section that says what to write and how to end it; empty for other templates. */
export function officialBodySection(template: Pick<Template, 'output'>, lang: Locale): string {
  const type = officialDocType(template);
  if (!type) return '';
  const spec = docTypeSpec(type);
  const closings = spec.closings.map((c) => `“${c}”`);
  if (lang === 'zh-CN') {
    const ending = closings.length
      ? `结语：需要结语时单独成段，从以下说法中选用与本文相符的一种：${closings.join('、')}。`
      : `结语：${spec.zh}一般不写结语。`;
    return [
      '## 只写正文',
      `本文是${spec.zh}。标题、主送机关、份号、密级、紧急程度、发文机关标志、发文字号、签发人、附件说明、发文机关署名、成文日期、附注、抄送、印发机关和印发日期，都由系统按表单填写并排版；不要输出这些内容，也不要为它们写占位标记。`,
      '从正文第一段写起，到正文最后一段（含结语）为止。',
      ending,
    ].join('\n');
  }
  const ending = closings.length ? `Closing: when the body needs one, end with one of these on its own line, whichever fits: ${closings.join(', ')}.` : `Closing: a ${spec.en} (${spec.zh}) usually has no closing formula.`;
  return [
    '## Body only',
    `This is a ${spec.en} (${spec.zh}). The title, addressees, copy number, classification, urgency, issuing authority mark, document number, signer, attachment list, signature, date, note, copy-to and printing line are all filled in from the form and laid out by the system: do not write them, and write no placeholders for them.`,
    'Start with the first paragraph of the body and stop after its last paragraph (closing included).',
    ending,
  ].join('\n');
}

const BODY_LAYOUT: Record<Locale, string> = {
  'zh-CN': '版式：党政机关公文（GB/T 9704—2012）的正文。正文层次序号依次用“一、”“（一）”“1.”“（1）”；第一层小标题单独成段；不用“# ”标题行。',
  'en-US': 'Layout: the body of an official document. Numbered sections 一、（一）1.（1）; first-level section headings on their own line; no "# " title line.',
};

/** The layout line for a whole-document template, instead of the general official one. */
export function officialLayoutLine(template: Pick<Template, 'output'>, lang: Locale): string | undefined {
  return officialDocType(template) ? BODY_LAYOUT[lang] : undefined;
}
