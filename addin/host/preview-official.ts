/**
 * An official document's GB/T 9704 layout as DOM for the preview document: one <p> per laid-out
 * paragraph with its font, size, colour, alignment, indents and spacing as inline style, the red
 * rule under the 发文字号 and the 版记 rules as borders. A line with a tab (发文字号 and 签发人,
 * 印发机关 and 印发日期) is a flex row whose right part ends where the tab stop puts it, with the
 * tab kept in the text as Word keeps it. Text goes in as text nodes only.
 */
import { cssFontFamily } from '../../src/core/officialdoc/fonts.js';
import { cellWidth } from '../../src/core/officialdoc/format.js';
import type { LaidOutItem, LaidOutParagraph, LaidOutRun, LaidOutTable, OfficialLayout, RuleLine } from '../../src/core/officialdoc/layout.js';
import { TYPE_AREA_MM } from '../../src/core/officialdoc/spec.js';
import { mmToPt } from '../../src/core/officialdoc/units.js';

const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;
const border = (r: RuleLine) => `${pt(r.weightPt)} solid #${r.color}`;

function runNode(d: Document, run: LaidOutRun, text: string, paragraphFont: string): Node {
  const lines = text.split('\n');
  const frag = d.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) frag.append(d.createElement('br'));
    if (line) frag.append(d.createTextNode(line));
  });
  if (run.font === paragraphFont && !run.bold && !run.italic) return frag;
  const span = d.createElement('span');
  if (run.font !== paragraphFont) span.style.fontFamily = cssFontFamily(run.font);
  if (run.bold) span.style.fontWeight = '700';
  if (run.italic) span.style.fontStyle = 'italic';
  span.append(frag);
  return span;
}

function paragraphNode(d: Document, p: LaidOutParagraph, position: { first: boolean; last: boolean }): HTMLElement {
  const el = d.createElement('p');
  el.dataset.element = p.element;
  const s = el.style;
  s.fontFamily = cssFontFamily(p.font);
  s.fontSize = pt(p.sizePt);
  s.color = `#${p.color}`;
  s.lineHeight = pt(p.lineHeightPt);
  s.textAlign = p.align;
  s.margin = `${pt(p.spaceBeforePt)} 0 0`;
  s.letterSpacing = p.charSpacingPt ? pt(p.charSpacingPt) : 'normal';
  const { firstLineChars = 0, leftChars = 0, rightChars = 0, hangingChars = 0 } = p.indent;
  s.textIndent = pt((firstLineChars - hangingChars) * p.charPt);
  s.paddingLeft = pt(leftChars * p.charPt);
  s.paddingRight = pt(rightChars * p.charPt);
  if (p.element === 'issuerMark') s.whiteSpace = 'nowrap';
  const rules = p.rules;
  const rule = (side: 'Top' | 'Bottom', line: RuleLine) => {
    s[`border${side}`] = border(line);
    s[`padding${side}`] = pt(line.gapPt);
  };
  if (rules?.above && position.first) rule('Top', rules.above);
  if (rules?.below && position.last) rule('Bottom', rules.below);
  else if (rules?.between && !position.last) rule('Bottom', rules.between);
  if (p.runs.some((r) => r.text.includes('\t'))) tabbed(d, el, p);
  else for (const run of p.runs) el.append(runNode(d, run, run.text, p.font));
  if (!el.childNodes.length) el.append(d.createElement('br'));
  return el;
}

/** Segments between tabs as flex items; the right one ends where the last tab stop says. */
function tabbed(d: Document, el: HTMLElement, p: LaidOutParagraph): void {
  el.style.display = 'flex';
  el.style.justifyContent = 'space-between';
  el.style.alignItems = 'baseline';
  let segment = d.createElement('span');
  el.append(segment);
  for (const run of p.runs) {
    run.text.split('\t').forEach((piece, i) => {
      if (i > 0) {
        // The tab stays in the text (a flex container does not draw it), as in Word's paragraph.
        el.append(d.createTextNode('\t'));
        segment = d.createElement('span');
        el.append(segment);
      }
      if (piece) segment.append(runNode(d, run, piece, p.font));
    });
  }
  const stop = p.tabs?.[p.tabs.length - 1];
  if (!stop) return;
  const lineChars = mmToPt(TYPE_AREA_MM.width) / p.charPt;
  const after = cellWidth(p.runs.map((r) => r.text).join('').split('\t').pop() ?? '');
  el.style.paddingRight = pt(Math.max(0, lineChars - stop.atChars - (stop.kind === 'left' ? after : 0)) * p.charPt);
}

/**
 * The page is a little narrower than the real type area: a 发文机关标志 sized to fill 156 mm is
 * shrunk until it fits on one line, as Word would condense it.
 */
export function fitIssuerMarks(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-element="issuerMark"]')) {
    if (el.scrollWidth <= el.clientWidth || !el.clientWidth) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    el.style.fontSize = `${Math.floor(size * (el.clientWidth / el.scrollWidth) * 0.98)}px`;
  }
}

function tableNode(d: Document, t: LaidOutTable): HTMLElement {
  const table = d.createElement('table');
  table.style.fontFamily = cssFontFamily(t.font);
  table.style.fontSize = pt(t.sizePt);
  t.rows.forEach((row, r) => {
    const tr = d.createElement('tr');
    for (const cell of row) {
      const td = d.createElement(t.header && r === 0 ? 'th' : 'td');
      for (const run of cell) td.append(runNode(d, run, run.text, t.font));
      tr.append(td);
    }
    table.append(tr);
  });
  return table;
}

/** Consecutive paragraphs sharing one rules object form a block: the rule above its first, below its last. */
export function renderOfficial(d: Document, layout: OfficialLayout): DocumentFragment {
  const frag = d.createDocumentFragment();
  const items: readonly LaidOutItem[] = layout.items;
  items.forEach((item, i) => {
    if (item.kind === 'table') return void frag.append(tableNode(d, item));
    const prev = items[i - 1];
    const next = items[i + 1];
    const same = (other: LaidOutItem | undefined) => other?.kind === 'paragraph' && !!item.rules && other.rules === item.rules;
    frag.append(paragraphNode(d, item, { first: !same(prev), last: !same(next) }));
  });
  return frag;
}
