/**
 * Measures a rendered PDF with pdfjs-dist: the page size, the text lines (baseline, left and
 * right edge, font size, colour) and the horizontal rules, all in millimetres from the
 * top-left corner of the page.
 */
import { readFile } from 'node:fs/promises';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const mm = (pt: number) => (pt * 25.4) / 72;

export interface TextLine {
  /** Baseline, from the top edge. */
  baseline: number;
  x0: number;
  x1: number;
  /** The line's text without spaces (pdfjs puts spaces where glyphs stand apart). */
  text: string;
  /** Characters, counted as code points. */
  chars: number;
  /** The largest font size on the line, in points. */
  sizePt: number;
  /** Fill colours of the line's glyphs, e.g. "#ff0000". */
  colors: string[];
}

export interface Rule {
  /** From the top edge. */
  y: number;
  x0: number;
  x1: number;
  color: string;
  widthPt: number;
}

export interface MeasuredPage {
  widthMm: number;
  heightMm: number;
  lines: TextLine[];
  rules: Rule[];
}

interface Item {
  str: string;
  transform: number[];
  width: number;
}

export async function measurePdf(path: string): Promise<MeasuredPage[]> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: MeasuredPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const view = page.getViewport({ scale: 1 });
    const height = view.height;
    const content = await page.getTextContent();
    const { colors, rules } = await paint(page, height);

    const byBaseline = new Map<number, Item[]>();
    for (const raw of content.items) {
      if (!('str' in raw) || !raw.str.trim()) continue;
      const item = raw as Item;
      const key = Math.round(mm(height - (item.transform[5] ?? 0)) * 10) / 10;
      const near = [...byBaseline.keys()].find((k) => Math.abs(k - key) < 0.3) ?? key;
      byBaseline.set(near, [...(byBaseline.get(near) ?? []), item]);
    }
    const lines: TextLine[] = [...byBaseline]
      .sort((a, b) => a[0] - b[0])
      .map(([baseline, items]) => {
        items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
        const first = items[0]!;
        const last = items[items.length - 1]!;
        const text = items.map((i) => i.str).join('').replace(/\s+/g, '');
        return {
          baseline,
          x0: mm(first.transform[4] ?? 0),
          x1: mm((last.transform[4] ?? 0) + last.width),
          text,
          chars: [...text].length,
          sizePt: Math.max(...items.map((i) => Math.round(Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) * 10) / 10)),
          colors: [...new Set(colors.filter((c) => Math.abs(c.baseline - baseline) < 0.5 && text.includes(c.text)).map((c) => c.color))],
        };
      });
    pages.push({ widthMm: mm(view.width), heightMm: mm(height), lines, rules });
  }
  await pdf.destroy();
  return pages;
}

/**
 * Walks the drawing operators for text colours (with the baseline each run is shown on, from
 * the text position LibreOffice sets with BT … Td) and stroked horizontal lines.
 */
async function paint(page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>, height: number) {
  const ops = await page.getOperatorList();
  const colors: { text: string; color: string; baseline: number }[] = [];
  let ty = 0;
  const rules: Rule[] = [];
  let fill = '#000000';
  let stroke = '#000000';
  let lineWidth = 1;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.setFillRGBColor) fill = String(args[0]);
    else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
    else if (fn === OPS.setLineWidth) lineWidth = Number(args[0]);
    else if (fn === OPS.beginText) ty = 0;
    else if (fn === OPS.moveText) ty += Number(args[1]);
    else if (fn === OPS.setTextMatrix) ty = Number(args[5]);
    else if (fn === OPS.showText) {
      const glyphs = args[0] as ({ unicode?: string } | number)[];
      const text = glyphs.map((g) => (typeof g === 'object' && g ? (g.unicode ?? '') : '')).join('').replace(/\s+/g, '');
      if (text) colors.push({ text, color: fill, baseline: mm(height - ty) });
    } else if (fn === OPS.constructPath && args[0] === OPS.stroke) {
      const box = args[2] as ArrayLike<number>;
      const [x0, y0, x1, y1] = [box[0] ?? 0, box[1] ?? 0, box[2] ?? 0, box[3] ?? 0];
      if (Math.abs(y1 - y0) < 0.5 && x1 - x0 > 10) rules.push({ y: mm(height - y0), x0: mm(x0), x1: mm(x1), color: stroke, widthPt: lineWidth });
    }
  }
  return { colors, rules };
}
