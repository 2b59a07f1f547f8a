/**
 * The 18 elements of a 公文, in the order 《党政机关公文处理工作条例》(2012) 第九条 lists them,
 * with the part of the page GB/T 9704-2012 puts each in: 版头 (header), 主体 (main part),
 * 版记 (record at the foot of the last page), and the page number outside the type area.
 */
import type { Localized } from '../i18n/locale.js';

export const ELEMENT_IDS = [
  'copyNumber',
  'secrecy',
  'urgency',
  'issuerMark',
  'docNumber',
  'signer',
  'title',
  'recipients',
  'body',
  'attachmentNote',
  'issuerSignature',
  'date',
  'seal',
  'note',
  'attachments',
  'copyTo',
  'printer',
  'pageNumber',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export type DocumentPart = 'header' | 'main' | 'record' | 'page';

export interface ElementSpec {
  id: ElementId;
  /** The name the regulation uses. */
  zh: string;
  en: string;
  part: DocumentPart;
  /** How GB/T 9704-2012 sets it, briefly and in both languages. */
  layout: Localized;
  /** Whether every document has it (true) or only some (false). */
  always: boolean;
}

const el = (id: ElementId, zh: string, en: string, part: DocumentPart, always: boolean, layoutZh: string, layoutEn: string): ElementSpec => ({
  id,
  zh,
  en,
  part,
  always,
  layout: { 'zh-CN': layoutZh, 'en-US': layoutEn },
});

export const ELEMENTS: readonly ElementSpec[] = [
  el('copyNumber', '份号', 'Copy number', 'header', false, '6 位阿拉伯数字，顶格编排在版心左上角第一行。', 'Six Arabic digits, flush left on the first line of the type area.'),
  el('secrecy', '密级和保密期限', 'Classification and period', 'header', false, '3 号黑体，顶格编排在版心左上角第二行。', '16 pt 黑体, flush left on the second line.'),
  el('urgency', '紧急程度', 'Urgency', 'header', false, '3 号黑体，顶格编排，在份号、密级之下。', '16 pt 黑体, flush left, below the copy number and classification.'),
  el('issuerMark', '发文机关标志', 'Issuing authority mark', 'header', true, '红色小标宋，居中，上边缘距版心上边缘 35 mm。', 'Red 小标宋, centred, its upper edge 35 mm below the top of the type area.'),
  el('docNumber', '发文字号', 'Document number', 'header', false, '发文机关标志下空二行居中，如〔2024〕7号；上行文居左空一字。', 'Two lines below the mark, centred, e.g. 〔2024〕7号; on upward documents 空一字 from the left.'),
  el('signer', '签发人', 'Signed off by', 'header', false, '上行文标注，居右空一字，与发文字号同一行；姓名用楷体。', 'Upward documents only: 空一字 from the right on the document number line; names in 楷体.'),
  el('title', '标题', 'Title', 'main', true, '2 号小标宋，红色分隔线下空二行，居中，可分行排成梯形或菱形。', '22 pt 小标宋, two lines below the red line, centred; long titles in a trapezoid or diamond.'),
  el('recipients', '主送机关', 'Addressees', 'main', false, '标题下空一行，居左顶格，最后一个机关名称后标全角冒号。', 'One line below the title, flush left, ending in a full-width colon.'),
  el('body', '正文', 'Body', 'main', true, '3 号仿宋，每段首行空二字；层次序数一、（一）1.（1）。', '16 pt 仿宋, first line of each paragraph indented two characters; levels 一、（一）1.（1）.'),
  el('attachmentNote', '附件说明', 'Attachment list', 'main', false, '正文下空一行左空二字，“附件：”后列名称，多个附件用 1. 2. 编号。', 'One line below the body, indented two characters: 附件： then the names, numbered when several.'),
  el('issuerSignature', '发文机关署名', 'Signature of the issuer', 'main', true, '以成文日期为准居中编排，印章下压署名和日期。', 'Centred over the date; the seal presses on both.'),
  el('date', '成文日期', 'Date', 'main', true, '阿拉伯数字标全年月日，右空四字。', 'Year, month and day in Arabic numerals, four characters from the right.'),
  el('seal', '印章', 'Seal', 'main', false, '红色，端正居中下压发文机关署名和成文日期。', 'Red, upright, centred over the signature and the date (added when the document is issued).'),
  el('note', '附注', 'Note', 'main', false, '居左空二字加圆括号，编排在成文日期下一行。', 'In round brackets, indented two characters, on the line after the date.'),
  el('attachments', '附件', 'Attachments', 'main', false, '另面编排，左上角第一行顶格标“附件”及序号。', 'On a new page, 附件 and its number flush left on the first line.'),
  el('copyTo', '抄送机关', 'Copied to', 'record', false, '4 号仿宋，左右各空一字，“抄送：”后列机关，末尾标句号。', '14 pt 仿宋, one character in from each side: 抄送： then the authorities, ending in 。.'),
  el('printer', '印发机关和印发日期', 'Printed by and date', 'record', false, '4 号仿宋，印发机关左空一字，印发日期右空一字，后加“印发”。', '14 pt 仿宋: printing office one character from the left, date one from the right, then 印发.'),
  el('pageNumber', '页码', 'Page number', 'page', true, '4 号半角宋体数字，左右各一条一字线，版心下边缘之下 7 mm；单页居右、双页居左，各空一字。', '14 pt half-width digits between em dashes, 7 mm below the type area; odd pages right, even pages left, one character in.'),
];

export function elementSpec(id: ElementId): ElementSpec {
  const spec = ELEMENTS.find((e) => e.id === id);
  if (!spec) throw new RangeError(`unknown element ${id}`);
  return spec;
}
