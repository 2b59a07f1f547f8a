/**
 * GB/T 9704-2012《党政机关公文格式》 as numbers: the page, the type area (版心), the line and
 * character grid, the 号 font sizes, the red of the header, and the spacing between elements
 * in grid lines. Everything that lays a 公文 out (the .docx builder, Word insertion, the
 * preview, the format review) reads these instead of repeating them.
 */
import { mmToPt, mmToTwips, ptToMm } from './units.js';

/** A4 paper. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** The type area: 37 mm from the top edge (天头), 28 mm from the binding edge (订口), 156 × 225 mm. */
export const TYPE_AREA_MM = { top: 37, left: 28, width: 156, height: 225 } as const;

/** The margins that follow from the type area: 26 mm on the right, 35 mm at the bottom. */
export const MARGINS_MM = {
  top: TYPE_AREA_MM.top,
  left: TYPE_AREA_MM.left,
  right: PAGE_MM.width - TYPE_AREA_MM.left - TYPE_AREA_MM.width,
  bottom: PAGE_MM.height - TYPE_AREA_MM.top - TYPE_AREA_MM.height,
} as const;

/** A full page holds 22 lines of 28 characters. */
export const GRID = { linesPerPage: 22, charsPerLine: 28 } as const;

/** Chinese font sizes (字号) in points. */
export const HAO_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
} as const;

/** Sizes the standard prescribes: body 三号, title 二号, 版记 and page numbers 四号. */
export const SIZE_PT = {
  body: HAO_PT.三号,
  title: HAO_PT.二号,
  record: HAO_PT.四号,
  pageNumber: HAO_PT.四号,
} as const;

/** The page and type area in twips, rounded as Word stores them. */
export const PAGE_TWIPS = { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) } as const;
export const TYPE_AREA_TWIPS = { width: mmToTwips(TYPE_AREA_MM.width), height: mmToTwips(TYPE_AREA_MM.height) } as const;
export const MARGIN_TWIPS = {
  top: mmToTwips(MARGINS_MM.top),
  left: mmToTwips(MARGINS_MM.left),
  right: PAGE_TWIPS.width - mmToTwips(MARGINS_MM.left) - TYPE_AREA_TWIPS.width,
  bottom: PAGE_TWIPS.height - mmToTwips(MARGINS_MM.top) - TYPE_AREA_TWIPS.height,
} as const;

/**
 * The line pitch, rounded down to a twip so that 22 lines really fit: 225 mm / 22 would be
 * 28.99 pt, and one twip too many leaves room for only 21 lines.
 */
export const LINE_PITCH_TWIPS = Math.floor(TYPE_AREA_TWIPS.height / GRID.linesPerPage);
export const LINE_PITCH_PT = LINE_PITCH_TWIPS / 20;

/** The width of one character cell: 156 mm / 28 ≈ 15.79 pt, a little less than a 16 pt character. */
export const CHAR_PITCH_PT = TYPE_AREA_TWIPS.width / 20 / GRID.charsPerLine;

/**
 * Body text is condensed by this much (whole twips) so that 28 full-width characters of any
 * font fit on a line: 28 × 16 pt would need 448 pt, the line has 442 pt. One twip more than
 * the bare minimum, because renderers round the grid cell down (LibreOffice makes it 15.73 pt).
 */
export const BODY_CHAR_SPACING_PT = -(Math.ceil((SIZE_PT.body - CHAR_PITCH_PT) * 20) + 1) / 20;

/**
 * The document grid's character space as OOXML stores it (w:docGrid w:charSpace): the pitch
 * minus the Normal style's 16 pt, in 4096ths of a point, rounded so 28 cells still fit.
 */
export const GRID_CHAR_SPACE = Math.floor((CHAR_PITCH_PT - SIZE_PT.body) * 4096);

/** The red of the 发文机关标志 and its separator line, as a hex RGB colour. */
export const RED = 'FF0000';
export const BLACK = '000000';

/** 发文机关标志: upper edge 35 mm below the top of the type area, centred, red 小标宋. */
export const ISSUER_MARK = {
  topBelowTypeAreaMm: 35,
  /** The mark is as large as fits the type area's width, up to this size. */
  maxSizePt: 56,
  /** Below this size a long name is narrowed (character scale) instead of shrunk further. */
  minSizePt: HAO_PT.一号,
} as const;

/** The red line under 发文字号, as wide as the type area. The standard fixes the gap, not the weight. */
export const HEADER_RULE = { gapBelowDocNumberMm: 4, weightPt: 1.5, color: RED } as const;

/** 版记 rules: the first and last thick (0.35 mm), the ones between thin (0.25 mm). */
export const RECORD_RULES = { thickPt: mmToPt(0.35), thinPt: mmToPt(0.25), color: BLACK } as const;

/** Page numbers: 四号 half-width digits between em dashes, 7 mm below the type area, 空一字 from the side. */
export const PAGE_NUMBER = {
  sizePt: SIZE_PT.pageNumber,
  gapBelowTypeAreaMm: 7,
  sideIndentChars: 1,
  odd: 'right',
  even: 'left',
} as const;

/** Blank grid lines (空行) the standard puts before each element. */
export const BLANK_LINES = {
  /** 发文字号 (and 签发人) 编排在发文机关标志下空二行. */
  docNumberAfterMark: 2,
  /** 标题 编排于红色分隔线下空二行. */
  titleAfterRule: 2,
  /** 主送机关 编排于标题下空一行. */
  recipientsAfterTitle: 1,
  /** 附件说明 在正文下空一行. */
  attachmentsAfterBody: 1,
  /**
   * Room for the seal above 发文机关署名: the seal's top must come within one line of the text
   * and it presses on the signature and the date, so two lines are left free.
   */
  signatureAfterText: 2,
} as const;

/** Indents in characters (字). */
export const INDENT_CHARS = {
  /** Paragraphs, headings and 附件说明 start 空二字. */
  paragraph: 2,
  /** 成文日期 右空四字. */
  dateRight: 4,
  /** 附注 居左空二字. */
  note: 2,
  /** 抄送, 印发机关 and 印发日期: 左右各空一字. */
  record: 1,
  /** 上行文: 发文字号 居左空一字, 签发人 居右空一字. */
  upwardHeader: 1,
} as const;

/** Where the type area ends, measured from the top edge, for measuring rendered pages. */
export const TYPE_AREA_BOTTOM_MM = TYPE_AREA_MM.top + TYPE_AREA_MM.height;

/** The line pitch in millimetres (≈ 10.21 mm). */
export const LINE_PITCH_MM = ptToMm(LINE_PITCH_PT);
