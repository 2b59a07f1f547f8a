/**
 * Named paragraph styles, one per kind of 公文 paragraph. The .docx carries them under these
 * names, so "Insert here" in Word can reuse them and a user can restyle a paragraph by hand.
 * Indents are in characters (字) of `charPt` points; 16 pt styles are condensed slightly so 28
 * characters fill a line with any full-width font (see spec.ts).
 */
import type { FontRole } from './fonts.js';
import { BLACK, BODY_CHAR_SPACING_PT, CHAR_PITCH_PT, INDENT_CHARS, LINE_PITCH_PT, RECORD_RULES, RED, SIZE_PT } from './spec.js';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Indent {
  firstLineChars?: number;
  leftChars?: number;
  rightChars?: number;
  /** Lines after the first start this far left of `leftChars`. */
  hangingChars?: number;
}

export const STYLE_KEYS = [
  'headerMark',
  'issuerMark',
  'docNumber',
  'title',
  'recipients',
  'body',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'attachmentNote',
  'signature',
  'date',
  'note',
  'copyTo',
  'printer',
  'pageNumber',
  'table',
] as const;
export type StyleKey = (typeof STYLE_KEYS)[number];

export interface RuleLine {
  weightPt: number;
  color: string;
  /** Distance between the text and the line. */
  gapPt: number;
}

/**
 * Rules around a block of consecutive paragraphs that share them (OOXML paragraph borders):
 * `above` over the first, `below` under the last, `between` between each two.
 */
export interface BlockRules {
  above?: RuleLine;
  below?: RuleLine;
  between?: RuleLine;
}

export interface ParagraphStyleSpec {
  key: StyleKey;
  /** OOXML style id (ASCII). */
  id: string;
  /** The name Word shows in its style gallery. */
  name: string;
  font: FontRole;
  sizePt: number;
  color: string;
  align: Align;
  indent: Indent;
  /** Width of one 字 for this style's indents and tab stops. */
  charPt: number;
  /** Exact line height. */
  lineHeightPt: number;
  /** Added to every character's advance (negative condenses). */
  charSpacingPt: number;
  /** Word outline level (0 = level 1) for the navigation pane. */
  outlineLevel?: number;
  keepNext?: boolean;
  rules?: BlockRules;
}

const body16 = { sizePt: SIZE_PT.body, color: BLACK, charPt: CHAR_PITCH_PT, lineHeightPt: LINE_PITCH_PT, charSpacingPt: BODY_CHAR_SPACING_PT };
const record14 = { sizePt: SIZE_PT.record, color: BLACK, charPt: SIZE_PT.record, lineHeightPt: LINE_PITCH_PT, charSpacingPt: 0 };
const para = { firstLineChars: INDENT_CHARS.paragraph };
const round2 = (n: number) => Math.round(n * 100) / 100;
/** 版记: thick rules over 抄送 and under 印发, a thin one between them. */
const recordRules: BlockRules = {
  above: { weightPt: round2(RECORD_RULES.thickPt), color: RECORD_RULES.color, gapPt: 1 },
  below: { weightPt: round2(RECORD_RULES.thickPt), color: RECORD_RULES.color, gapPt: 1 },
  between: { weightPt: round2(RECORD_RULES.thinPt), color: RECORD_RULES.color, gapPt: 1 },
};

const style = (key: StyleKey, id: string, name: string, rest: Omit<ParagraphStyleSpec, 'key' | 'id' | 'name'>): ParagraphStyleSpec => ({ key, id, name, ...rest });

export const PARAGRAPH_STYLES: Readonly<Record<StyleKey, ParagraphStyleSpec>> = {
  headerMark: style('headerMark', 'WenshuHeaderMark', 'Wenshu 份号密级', { ...body16, font: 'heiti', align: 'left', indent: {} }),
  issuerMark: style('issuerMark', 'WenshuIssuerMark', 'Wenshu 发文机关标志', {
    ...body16,
    font: 'xiaobiaosong',
    color: RED,
    align: 'center',
    indent: {},
    charSpacingPt: 0,
  }),
  docNumber: style('docNumber', 'WenshuDocNumber', 'Wenshu 发文字号', { ...body16, font: 'fangsong', align: 'center', indent: {} }),
  title: style('title', 'WenshuTitle', 'Wenshu 公文标题', {
    ...body16,
    font: 'xiaobiaosong',
    sizePt: SIZE_PT.title,
    charPt: SIZE_PT.title,
    charSpacingPt: 0,
    align: 'center',
    indent: {},
    outlineLevel: 0,
    keepNext: true,
  }),
  recipients: style('recipients', 'WenshuRecipients', 'Wenshu 主送机关', { ...body16, font: 'fangsong', align: 'justify', indent: {} }),
  body: style('body', 'WenshuBody', 'Wenshu 公文正文', { ...body16, font: 'fangsong', align: 'justify', indent: para }),
  heading1: style('heading1', 'WenshuHeading1', 'Wenshu 一级标题', { ...body16, font: 'heiti', align: 'justify', indent: para, outlineLevel: 1 }),
  heading2: style('heading2', 'WenshuHeading2', 'Wenshu 二级标题', { ...body16, font: 'kaiti', align: 'justify', indent: para, outlineLevel: 2 }),
  heading3: style('heading3', 'WenshuHeading3', 'Wenshu 三级标题', { ...body16, font: 'fangsong', align: 'justify', indent: para, outlineLevel: 3 }),
  heading4: style('heading4', 'WenshuHeading4', 'Wenshu 四级标题', { ...body16, font: 'fangsong', align: 'justify', indent: para, outlineLevel: 4 }),
  attachmentNote: style('attachmentNote', 'WenshuAttachmentNote', 'Wenshu 附件说明', { ...body16, font: 'fangsong', align: 'justify', indent: para }),
  signature: style('signature', 'WenshuSignature', 'Wenshu 发文机关署名', { ...body16, font: 'fangsong', align: 'right', indent: {}, keepNext: true }),
  date: style('date', 'WenshuDate', 'Wenshu 成文日期', { ...body16, font: 'fangsong', align: 'right', indent: { rightChars: INDENT_CHARS.dateRight } }),
  note: style('note', 'WenshuNote', 'Wenshu 附注', { ...body16, font: 'fangsong', align: 'justify', indent: { firstLineChars: INDENT_CHARS.note } }),
  copyTo: style('copyTo', 'WenshuCopyTo', 'Wenshu 抄送', { ...record14, font: 'fangsong', align: 'justify', indent: { leftChars: INDENT_CHARS.record, rightChars: INDENT_CHARS.record }, rules: recordRules }),
  printer: style('printer', 'WenshuPrinter', 'Wenshu 印发机关', { ...record14, font: 'fangsong', align: 'left', indent: { leftChars: INDENT_CHARS.record, rightChars: INDENT_CHARS.record }, rules: recordRules }),
  pageNumber: style('pageNumber', 'WenshuPageNumber', 'Wenshu 页码', { ...record14, lineHeightPt: SIZE_PT.pageNumber, font: 'songti', align: 'right', indent: {} }),
  table: style('table', 'WenshuTable', 'Wenshu 表格', { ...record14, font: 'fangsong', align: 'left', indent: {} }),
};

export function styleSpec(key: StyleKey): ParagraphStyleSpec {
  return PARAGRAPH_STYLES[key];
}
