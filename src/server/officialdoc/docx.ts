/**
 * Builds the .docx of an OfficialDocument from its layout (core/officialdoc/layout.ts): A4 with
 * the 156 × 225 mm type area, a 22-line document grid, the named 公文 styles, the red header,
 * odd/even page-number footers and the 版记 at the foot of the last page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { OfficialDocument } from '../../core/officialdoc/document.js';
import { primaryFont } from '../../core/officialdoc/fonts.js';
import { layoutOfficialDocument, type LaidOutParagraph, type LaidOutRun, type LaidOutTable } from '../../core/officialdoc/layout.js';
import { GRID_CHAR_SPACE, LINE_PITCH_TWIPS, MARGIN_TWIPS, MARGINS_MM, PAGE_NUMBER, PAGE_TWIPS, TYPE_AREA_TWIPS } from '../../core/officialdoc/spec.js';
import { PARAGRAPH_STYLES, type Align, type Indent, type RuleLine } from '../../core/officialdoc/styles.js';
import { mmToTwips, ptToMm } from '../../core/officialdoc/units.js';
import { borderSize, fontTableXml, indentTwips, stylesXml } from './ooxml-parts.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const twips = (pt: number) => Math.round(pt * 20);

const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * Where the footer sits. Its line is exactly as high as the page number's type, so the em box
 * fills it and the 一字线 (the middle of the em box) falls 7 mm below the type area.
 */
export const FOOTER_DISTANCE_TWIPS = mmToTwips(MARGINS_MM.bottom - PAGE_NUMBER.gapBelowTypeAreaMm - ptToMm(PARAGRAPH_STYLES.pageNumber.lineHeightPt) / 2);

function font(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

/** A run's text split at tabs and line breaks into docx runs; only what differs from the paragraph style is set. */
function textRuns(runs: readonly LaidOutRun[], p: LaidOutParagraph): TextRun[] {
  const styleFont = PARAGRAPH_STYLES[p.style].font;
  const styleSize = PARAGRAPH_STYLES[p.style].sizePt;
  const out: TextRun[] = [];
  for (const r of runs) {
    const base: { -readonly [K in keyof IRunOptions]?: IRunOptions[K] } = {};
    if (r.font !== styleFont) base.font = font(primaryFont(r.font));
    if (p.sizePt !== styleSize) base.size = p.sizePt * 2;
    if (p.scalePercent) base.scale = p.scalePercent;
    if (r.bold) base.bold = true;
    if (r.italic) base.italics = true;
    if (r.field === 'page') {
      out.push(new TextRun({ ...base, children: [PageNumber.CURRENT] }));
      continue;
    }
    r.text.split('\n').forEach((line, i) => {
      const children: (string | Tab)[] = [];
      line.split('\t').forEach((piece, k) => {
        if (k > 0) children.push(new Tab());
        if (piece) children.push(piece);
      });
      out.push(new TextRun({ ...base, ...(i > 0 ? { break: 1 } : {}), children }));
    });
  }
  return out;
}

function border(rule: RuleLine): IBorderOptions {
  return { style: BorderStyle.SINGLE, color: rule.color, ...borderSize(rule) };
}

function sameIndent(a: Indent, b: Indent): boolean {
  const keys = ['firstLineChars', 'leftChars', 'rightChars', 'hangingChars'] as const;
  return keys.every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function paragraphOf(p: LaidOutParagraph): Paragraph {
  const style = PARAGRAPH_STYLES[p.style];
  const opts: { -readonly [K in keyof IParagraphOptions]?: IParagraphOptions[K] } = { style: style.id, children: textRuns(p.runs, p) };
  if (p.align !== style.align) opts.alignment = ALIGN[p.align];
  if (p.keepNext && !style.keepNext) opts.keepNext = true;
  if (!sameIndent(p.indent, style.indent)) {
    const ind = indentTwips(p.indent, p.charPt);
    opts.indent = { left: ind.left ?? 0, right: ind.right ?? 0, ...(ind.hanging ? { hanging: ind.hanging } : { firstLine: ind.firstLine ?? 0 }) };
  }
  if (p.spaceBeforePt > 0 || p.lineHeightPt !== style.lineHeightPt) {
    opts.spacing = { before: twips(p.spaceBeforePt), after: 0, line: twips(p.lineHeightPt), lineRule: LineRuleType.EXACT };
  }
  if (p.rules && p.rules !== style.rules) {
    const { above, below, between } = p.rules;
    opts.border = { ...(above ? { top: border(above) } : {}), ...(below ? { bottom: border(below) } : {}), ...(between ? { between: border(between) } : {}) };
  }
  if (p.tabs) {
    opts.tabStops = p.tabs.map((t) => ({ type: t.kind === 'right' ? TabStopType.RIGHT : TabStopType.LEFT, position: twips(t.atChars * p.charPt) }));
  }
  if (p.anchor === 'record-bottom') {
    // Paragraphs with the same frame properties share one frame: the 版记 block, its last rule on the type area's bottom edge.
    opts.frame = {
      type: 'alignment',
      alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
      width: TYPE_AREA_TWIPS.width,
      wrap: FrameWrap.NOT_BESIDE,
    };
  }
  return new Paragraph(opts);
}

function tableOf(t: LaidOutTable): Table {
  const cellStyle = PARAGRAPH_STYLES.table;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const columns = Math.max(...t.rows.map((r) => r.length), 1);
  const cellWidth = Math.floor(TYPE_AREA_TWIPS.width / columns);
  return new Table({
    width: { size: TYPE_AREA_TWIPS.width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => cellWidth),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, c) => {
            const runs = row[c] ?? [];
            const p: LaidOutParagraph = {
              kind: 'paragraph',
              element: 'body',
              style: 'table',
              runs,
              font: cellStyle.font,
              sizePt: cellStyle.sizePt,
              color: cellStyle.color,
              align: cellStyle.align,
              indent: cellStyle.indent,
              charPt: cellStyle.charPt,
              lineHeightPt: cellStyle.lineHeightPt,
              charSpacingPt: cellStyle.charSpacingPt,
              blankLinesBefore: 0,
              spaceBeforePt: 0,
              anchor: 'flow',
            };
            return new TableCell({ width: { size: cellWidth, type: WidthType.DXA }, children: [paragraphOf(p)] });
          }),
        }),
    ),
  });
}

/** The .docx bytes of the document. */
export async function buildOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  const layout = layoutOfficialDocument(doc);
  const children = layout.items.map((item) => (item.kind === 'table' ? tableOf(item) : paragraphOf(item)));
  // A framed paragraph cannot end the document (LibreOffice then leaves the frame out and Word
  // adds a paragraph of its own): close with an empty 1 pt line that takes no visible room.
  children.push(new Paragraph({ style: PARAGRAPH_STYLES.body.id, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } }));
  const file = new Document({
    title: doc.title.replace(/\s+/g, ''),
    creator: 'Wenshu',
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: {
              top: MARGIN_TWIPS.top,
              bottom: MARGIN_TWIPS.bottom,
              left: MARGIN_TWIPS.left,
              right: MARGIN_TWIPS.right,
              header: mmToTwips(15),
              footer: FOOTER_DISTANCE_TWIPS,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: GRID_CHAR_SPACE },
        },
        footers: {
          default: new Footer({ children: [paragraphOf(layout.footers.odd)] }),
          even: new Footer({ children: [paragraphOf(layout.footers.even)] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(file, false, [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}
