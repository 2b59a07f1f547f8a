/**
 * Lays an OfficialDocument out as the ordered list of paragraphs GB/T 9704-2012 prescribes:
 * for each one the element, the text runs, the style with its font, size, colour, alignment,
 * indents and line height, the blank lines before it, and any rule above or below. This is
 * the single description that the .docx builder and the Word insertion both render.
 */
import type { Block, Inline } from '../blocks/types.js';
import { listLevels, listNumbers } from '../blocks/levels.js';
import type { OfficialDocument } from './document.js';
import type { ElementId } from './elements.js';
import type { FontRole } from './fonts.js';
import {
  cellWidth,
  formatChineseDate,
  formatCopyNumber,
  formatCopyTo,
  formatDocNumber,
  formatNote,
  formatPrintDate,
  formatRecipients,
  formatSecrecy,
} from './format.js';
import { BLANK_LINES, GRID, HEADER_RULE, INDENT_CHARS, ISSUER_MARK, LINE_PITCH_PT, SIZE_PT, TYPE_AREA_MM, TYPE_AREA_TWIPS } from './spec.js';
import { PARAGRAPH_STYLES, type Align, type BlockRules, type Indent, type RuleLine, type StyleKey } from './styles.js';

export type { RuleLine, BlockRules } from './styles.js';
import { mmToPt } from './units.js';

export interface LaidOutRun {
  /** May contain "\t" (to the next tab stop) and "\n" (a line break inside the paragraph). */
  text: string;
  font: FontRole;
  bold?: boolean;
  italic?: boolean;
  /** A field the renderer fills in; `text` is what it shows until then. */
  field?: 'page';
}

export interface TabStop {
  kind: 'left' | 'right';
  /** From the left edge of the type area, in the paragraph's characters (`charPt`). */
  atChars: number;
}

export interface LaidOutParagraph {
  kind: 'paragraph';
  element: ElementId;
  style: StyleKey;
  runs: LaidOutRun[];
  font: FontRole;
  sizePt: number;
  color: string;
  align: Align;
  indent: Indent;
  charPt: number;
  lineHeightPt: number;
  charSpacingPt: number;
  /** Horizontal scale of the characters in percent, for a long 发文机关标志. */
  scalePercent?: number;
  /** Empty lines of the grid before the paragraph (空行), already included in `spaceBeforePt`. */
  blankLinesBefore: number;
  spaceBeforePt: number;
  /**
   * Rules drawn with the paragraph. Consecutive paragraphs with equal rules form one block:
   * `above` over its first paragraph, `below` under its last, `between` between them.
   */
  rules?: BlockRules;
  tabs?: TabStop[];
  keepNext?: boolean;
  /** 'record-bottom': part of the 版记 block that sits on the bottom of the type area of the last page. */
  anchor: 'flow' | 'record-bottom';
}

export interface LaidOutTable {
  kind: 'table';
  element: 'body';
  style: 'table';
  font: FontRole;
  sizePt: number;
  header: boolean;
  /** Rows of cells of runs; the first row is the header when `header` is true. */
  rows: LaidOutRun[][][];
}

export type LaidOutItem = LaidOutParagraph | LaidOutTable;

export interface OfficialLayout {
  items: LaidOutItem[];
  /** Page-number footers: odd pages on the right, even pages on the left. */
  footers: { odd: LaidOutParagraph; even: LaidOutParagraph };
}

interface ParagraphInput {
  element: ElementId;
  style: StyleKey;
  runs: LaidOutRun[];
  blankLinesBefore?: number;
  extraSpaceBeforePt?: number;
  indent?: Indent;
  align?: Align;
  sizePt?: number;
  lineHeightPt?: number;
  scalePercent?: number;
  rules?: BlockRules;
  tabs?: TabStop[];
  anchor?: LaidOutParagraph['anchor'];
}

function paragraph(input: ParagraphInput): LaidOutParagraph {
  const s = PARAGRAPH_STYLES[input.style];
  const blank = input.blankLinesBefore ?? 0;
  const out: LaidOutParagraph = {
    kind: 'paragraph',
    element: input.element,
    style: input.style,
    runs: input.runs,
    font: s.font,
    sizePt: input.sizePt ?? s.sizePt,
    color: s.color,
    align: input.align ?? s.align,
    indent: input.indent ?? s.indent,
    charPt: s.charPt,
    lineHeightPt: input.lineHeightPt ?? s.lineHeightPt,
    charSpacingPt: s.charSpacingPt,
    blankLinesBefore: blank,
    spaceBeforePt: round2(blank * LINE_PITCH_PT + (input.extraSpaceBeforePt ?? 0)),
    anchor: input.anchor ?? 'flow',
  };
  if (input.scalePercent !== undefined) out.scalePercent = input.scalePercent;
  const rules = input.rules ?? s.rules;
  if (rules) out.rules = rules;
  if (input.tabs) out.tabs = input.tabs;
  if (s.keepNext) out.keepNext = true;
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

const run = (text: string, font: FontRole, extra: Partial<LaidOutRun> = {}): LaidOutRun => ({ text, font, ...extra });

/** Size and scale of the 发文机关标志: as large as the type area's width allows, up to the cap. */
export function issuerMarkSize(mark: string): { sizePt: number; scalePercent: number } {
  const width = cellWidth(mark) || 1;
  const available = TYPE_AREA_TWIPS.width / 20;
  const fit = Math.floor(available / width);
  if (fit >= ISSUER_MARK.minSizePt) return { sizePt: Math.min(ISSUER_MARK.maxSizePt, fit), scalePercent: 100 };
  const scale = Math.floor((available / (width * ISSUER_MARK.minSizePt)) * 100);
  return { sizePt: ISSUER_MARK.minSizePt, scalePercent: Math.max(33, scale) };
}

// ---- the header (版头) ------------------------------------------------------------------

function header(doc: OfficialDocument): LaidOutParagraph[] {
  const out: LaidOutParagraph[] = [];
  if (doc.copyNumber) out.push(paragraph({ element: 'copyNumber', style: 'headerMark', runs: [run(formatCopyNumber(doc.copyNumber), 'heiti')] }));
  if (doc.secrecy) out.push(paragraph({ element: 'secrecy', style: 'headerMark', runs: [run(formatSecrecy(doc.secrecy.level, doc.secrecy.period), 'heiti')] }));
  if (doc.urgency) out.push(paragraph({ element: 'urgency', style: 'headerMark', runs: [run(doc.urgency, 'heiti')] }));

  // The mark's upper edge sits 35 mm below the top of the type area, whatever stands above it.
  const { sizePt, scalePercent } = issuerMarkSize(doc.issuerMark);
  const above = out.length * LINE_PITCH_PT;
  const mark: ParagraphInput = {
    element: 'issuerMark',
    style: 'issuerMark',
    runs: [run(doc.issuerMark, 'xiaobiaosong')],
    sizePt,
    lineHeightPt: sizePt,
    extraSpaceBeforePt: round2(Math.max(0, mmToPt(ISSUER_MARK.topBelowTypeAreaMm) - above)),
  };
  if (scalePercent !== 100) mark.scalePercent = scalePercent;
  out.push(paragraph(mark));

  const number = doc.docNumber ? formatDocNumber(doc.docNumber) : '';
  const rule: RuleLine = { weightPt: HEADER_RULE.weightPt, color: HEADER_RULE.color, gapPt: round2(mmToPt(HEADER_RULE.gapBelowDocNumberMm)) };
  const signers = doc.signers ?? [];
  if (!signers.length) {
    out.push(
      paragraph({
        element: 'docNumber',
        style: 'docNumber',
        runs: number ? [run(number, 'fangsong')] : [],
        blankLinesBefore: BLANK_LINES.docNumberAfterMark,
        rules: { below: rule },
      }),
    );
    return out;
  }
  out.push(...upwardHeader(number, signers, rule));
  return out;
}

/**
 * 上行文: 发文字号 空一字 from the left, 签发人 空一字 from the right on the same line as the last
 * signer; two names a line, later names aligned under the first name. The 空一字 is a first-line
 * indent, not a left one, so the red rule under the paragraph still spans the type area.
 */
function upwardHeader(number: string, signers: readonly string[], rule: RuleLine): LaidOutParagraph[] {
  const lines: string[][] = [];
  for (let i = 0; i < signers.length; i += 2) lines.push(signers.slice(i, i + 2));
  const label = '签发人：';
  const labelWidth = cellWidth(label);
  const nameWidth = Math.max(...lines.map((names) => cellWidth(names.join('　'))));
  const tabs: TabStop[] = [{ kind: 'left', atChars: GRID.charsPerLine - INDENT_CHARS.upwardHeader - labelWidth - nameWidth }];
  return lines.map((names, i) => {
    const last = i === lines.length - 1;
    const runs: LaidOutRun[] = [];
    if (last && number) runs.push(run(number, 'fangsong'));
    runs.push(run(`\t${i === 0 ? label : '　'.repeat(labelWidth)}`, 'fangsong'), run(names.join('　'), 'kaiti'));
    const p: ParagraphInput = {
      element: last ? 'docNumber' : 'signer',
      style: 'docNumber',
      runs,
      align: 'left',
      indent: { firstLineChars: INDENT_CHARS.upwardHeader },
      blankLinesBefore: i === 0 ? BLANK_LINES.docNumberAfterMark : 0,
      tabs,
    };
    if (last) p.rules = { below: rule };
    return paragraph(p);
  });
}

// ---- the body ----------------------------------------------------------------------------

const TIER_PATTERNS: [RegExp, 1 | 2 | 3 | 4][] = [
  [/^[一二三四五六七八九十]+、/u, 1],
  [/^[（(][一二三四五六七八九十]+[）)]/u, 2],
  [/^[（(]\d{1,2}[）)]/u, 4],
  [/^\d{1,2}[.．](?!\d)/u, 3],
];

/** Which level of 一、（一）1.（1） a text starts with, if any. */
export function numberingTier(text: string): 1 | 2 | 3 | 4 | null {
  const t = text.trimStart();
  for (const [re, tier] of TIER_PATTERNS) if (re.test(t)) return tier;
  return null;
}

const TIER_STYLE: Record<1 | 2 | 3 | 4, StyleKey> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };

function plain(content: readonly Inline[]): string {
  return content.map((r) => r.text).join('');
}

function runsOf(content: readonly Inline[], font: FontRole): LaidOutRun[] {
  return content
    .filter((r) => r.text.length > 0)
    .map((r) => {
      const out = run(r.text.replace(/\s*\n\s*/g, ''), font);
      if (r.bold) out.bold = true;
      if (r.italic) out.italic = true;
      return out;
    });
}

/** A heading line is short and has no sentence inside it (an ending 。 is allowed). */
function isHeadingLine(text: string): boolean {
  const t = text.trim();
  if (cellWidth(t) > GRID.charsPerLine * 1.5) return false;
  return !/[。；！？]/u.test(t.slice(0, -1));
}

/**
 * A numbered paragraph in body text: the 一、 and （一） levels set their heading sentence (up
 * to the first 。) in 黑体 or 楷体 and the rest in 仿宋, as drafters do by hand.
 */
function numberedParagraph(content: readonly Inline[], tier: 1 | 2 | 3 | 4): LaidOutParagraph {
  const text = plain(content);
  const style = TIER_STYLE[tier];
  const font = PARAGRAPH_STYLES[style].font;
  if (isHeadingLine(text)) return paragraph({ element: 'body', style, runs: runsOf(content, font) });
  const stop = text.indexOf('。');
  if (font === 'fangsong' || stop < 0 || stop > 40) return paragraph({ element: 'body', style: 'body', runs: runsOf(content, 'fangsong') });
  const runs: LaidOutRun[] = [];
  let at = 0;
  for (const r of content) {
    const end = at + r.text.length;
    const cut = Math.min(Math.max(stop + 1 - at, 0), r.text.length);
    const head = r.text.slice(0, cut);
    const tail = r.text.slice(cut);
    for (const [piece, f] of [[head, font], [tail, 'fangsong']] as const) {
      if (!piece) continue;
      const out = run(piece, f);
      if (r.bold) out.bold = true;
      if (r.italic) out.italic = true;
      runs.push(out);
    }
    at = end;
  }
  return paragraph({ element: 'body', style: 'body', runs });
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '');
  return norm(a) === norm(b);
}

function bodyItems(blocks: readonly Block[], title: string): LaidOutItem[] {
  const out: LaidOutItem[] = [];
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'heading': {
        const text = plain(block.content);
        if (!text.trim()) return;
        // The model often repeats the title as the first line; the title comes from the form.
        if (block.level === 1 && i === 0 && same(text, title)) return;
        const tier = numberingTier(text) ?? (block.level <= 2 ? 1 : block.level === 3 ? 2 : 3);
        const style = TIER_STYLE[tier];
        out.push(paragraph({ element: 'body', style, runs: runsOf(block.content, PARAGRAPH_STYLES[style].font) }));
        return;
      }
      case 'paragraph': {
        const text = plain(block.content);
        if (!text.trim()) return;
        const tier = numberingTier(text);
        out.push(tier ? numberedParagraph(block.content, tier) : paragraph({ element: 'body', style: 'body', runs: runsOf(block.content, 'fangsong') }));
        return;
      }
      case 'list': {
        const levels = listLevels(block.items);
        const numbers = listNumbers(levels);
        block.items.forEach((item, k) => {
          if (!plain(item.content).trim()) return;
          const level = levels[k] ?? 0;
          const n = numbers[k] ?? 1;
          const prefix = block.ordered ? (level === 0 ? `${n}.` : `（${n}）`) : '';
          const runs = runsOf(item.content, 'fangsong');
          if (prefix) runs.unshift(run(prefix, 'fangsong'));
          out.push(paragraph({ element: 'body', style: 'body', runs }));
        });
        return;
      }
      case 'table': {
        if (!block.rows.length) return;
        out.push({
          kind: 'table',
          element: 'body',
          style: 'table',
          font: PARAGRAPH_STYLES.table.font,
          sizePt: PARAGRAPH_STYLES.table.sizePt,
          header: block.header,
          rows: block.rows.map((row, r) => row.map((cell) => runsOf(cell, block.header && r === 0 ? 'heiti' : 'fangsong'))),
        });
        return;
      }
    }
  });
  return out;
}

// ---- after the body -------------------------------------------------------------------------

/** 附件：1.名称 — wrapped lines align with the first character of the name. */
function attachmentNote(names: readonly string[]): LaidOutParagraph[] {
  const label = '附件：';
  const labelWidth = cellWidth(label);
  const numbered = names.length > 1;
  return names.map((name, i) => {
    const number = numbered ? `${i + 1}.` : '';
    const numberWidth = cellWidth(number);
    const text = `${i === 0 ? label : ''}${number}${name.replace(/[。.，,；;]+$/u, '')}`;
    const left = INDENT_CHARS.paragraph + labelWidth + numberWidth;
    return paragraph({
      element: 'attachmentNote',
      style: 'attachmentNote',
      runs: [run(text, 'fangsong')],
      blankLinesBefore: i === 0 ? BLANK_LINES.attachmentsAfterBody : 0,
      indent: { leftChars: left, hangingChars: i === 0 ? labelWidth + numberWidth : numberWidth },
    });
  });
}

/**
 * 发文机关署名 centred over 成文日期 (the seal's layout), the date 右空四字, 附注 on the next
 * line. A signature longer than the date moves left so it stays centred, up to the margin.
 */
function closing(doc: OfficialDocument): LaidOutParagraph[] {
  const out: LaidOutParagraph[] = [];
  const date = formatChineseDate(doc.date);
  const signature = doc.issuerSignature?.trim() ?? '';
  const blank = BLANK_LINES.signatureAfterText;
  if (signature) {
    const right = Math.max(0, INDENT_CHARS.dateRight + (cellWidth(date) - cellWidth(signature)) / 2);
    out.push(
      paragraph({
        element: 'issuerSignature',
        style: 'signature',
        runs: [run(signature, 'fangsong')],
        blankLinesBefore: blank,
        indent: { rightChars: round2(right) },
      }),
    );
  }
  const dated = paragraph({ element: 'date', style: 'date', runs: [run(date, 'fangsong')], blankLinesBefore: signature ? 0 : blank });
  out.push(dated);
  const note = doc.note ? formatNote(doc.note) : '';
  if (note) {
    dated.keepNext = true;
    out.push(paragraph({ element: 'note', style: 'note', runs: [run(note, 'fangsong')] }));
  }
  return out;
}

/** 版记: 抄送 and 印发 between rules (their styles carry them), at the foot of the last page's type area. */
function record(doc: OfficialDocument): LaidOutParagraph[] {
  const copyTo = doc.copyTo?.length ? formatCopyTo(doc.copyTo) : '';
  const printer = doc.printer?.trim() ?? '';
  const printDate = doc.printDate ? formatPrintDate(doc.printDate) : '';
  const out: LaidOutParagraph[] = [];
  if (copyTo) {
    const labelWidth = cellWidth('抄送：');
    out.push(
      paragraph({
        element: 'copyTo',
        style: 'copyTo',
        runs: [run(copyTo, 'fangsong')],
        indent: { leftChars: INDENT_CHARS.record + labelWidth, hangingChars: labelWidth, rightChars: INDENT_CHARS.record },
        anchor: 'record-bottom',
      }),
    );
  }
  if (printer || printDate) {
    out.push(
      paragraph({
        element: 'printer',
        style: 'printer',
        runs: [run(`${printer}\t${printDate}`, 'fangsong')],
        tabs: [{ kind: 'right', atChars: round2(mmToPt(TYPE_AREA_MM.width) / PARAGRAPH_STYLES.printer.charPt - INDENT_CHARS.record) }],
        anchor: 'record-bottom',
      }),
    );
  }
  return out;
}

function pageNumberFooter(side: 'odd' | 'even'): LaidOutParagraph {
  const indent: Indent = side === 'odd' ? { rightChars: 1 } : { leftChars: 1 };
  return paragraph({
    element: 'pageNumber',
    style: 'pageNumber',
    runs: [run('— ', 'songti'), run('1', 'songti', { field: 'page' }), run(' —', 'songti')],
    align: side === 'odd' ? 'right' : 'left',
    indent,
  });
}

// ---- the title ---------------------------------------------------------------------------------

const TITLE_CHARS_PER_LINE = Math.floor(TYPE_AREA_TWIPS.width / 20 / SIZE_PT.title);
/** A line may not start with these (closing marks) … */
const NO_LINE_START = /^[，。、；：？！）》」』”’〕】…·]/u;
/** … nor end with these (opening marks). */
const NO_LINE_END = /[（《「『“‘〔【]$/u;

/** What a break costs, in cells of imbalance: nothing after 关于 or 印发, little around 的, much elsewhere. */
function breakCost(before: string, after: string): number {
  if (/(关于|印发|转发|批转)$/u.test(before) || /[）》”〕]$/u.test(before)) return 0;
  if (before.endsWith('的') || after.startsWith('关于')) return 2;
  return 10;
}

/**
 * A title too long for one line is split into lines of similar width (梯形 or 菱形), never
 * inside or right after a number or Latin word, never before a closing mark, and preferably
 * after 关于 or 印发 or around 的, where a break does not cut a word. Breaks the user typed stay.
 */
export function splitTitle(title: string): string[] {
  const typed = title.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (typed.length !== 1) return typed;
  const text = typed[0] ?? '';
  const chars = [...text];
  const total = cellWidth(text);
  if (total <= TITLE_CHARS_PER_LINE) return [text];
  const lines = Math.ceil(total / TITLE_CHARS_PER_LINE);
  const target = total / lines;
  const okAt = (i: number) => {
    const before = chars.slice(0, i).join('');
    const after = chars.slice(i).join('');
    // A number or a Latin word keeps the character after it (2024年, 5G网络).
    if (/[0-9A-Za-z]$/.test(before)) return false;
    return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
  };
  // cost[k][i]: best cost of putting chars[0..i) on k lines.
  const n = chars.length;
  const width = (a: number, b: number) => cellWidth(chars.slice(a, b).join(''));
  const cost: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      if (i < n && !okAt(i)) continue;
      for (let j = k - 1; j < i; j++) {
        const prev = cost[k - 1]![j]!;
        if (prev === Infinity) continue;
        const w = width(j, i);
        if (w > TITLE_CHARS_PER_LINE) continue;
        const penalty = i < n ? breakCost(chars.slice(0, i).join(''), chars.slice(i).join('')) : 0;
        const c = prev + Math.abs(w - target) + penalty;
        if (c < cost[k]![i]!) {
          cost[k]![i] = c;
          from[k]![i] = j;
        }
      }
    }
  }
  if (cost[lines]![n] === Infinity) return [text];
  const out: string[] = [];
  for (let k = lines, i = n; k > 0; k--) {
    const j = from[k]![i]!;
    out.unshift(chars.slice(j, i).join(''));
    i = j;
  }
  return out;
}

// ---- the whole document -------------------------------------------------------------------

export function layoutOfficialDocument(doc: OfficialDocument): OfficialLayout {
  const items: LaidOutItem[] = [...header(doc)];
  const titleLines = splitTitle(doc.title);
  items.push(
    paragraph({
      element: 'title',
      style: 'title',
      runs: [run(titleLines.join('\n'), 'xiaobiaosong')],
      blankLinesBefore: BLANK_LINES.titleAfterRule,
    }),
  );
  const recipients = doc.recipients ? formatRecipients(doc.recipients) : '';
  if (recipients) {
    items.push(paragraph({ element: 'recipients', style: 'recipients', runs: [run(recipients, 'fangsong')], blankLinesBefore: BLANK_LINES.recipientsAfterTitle }));
  }
  const body = bodyItems(doc.body, doc.title);
  // Without 主送机关 the body starts one blank line below the title.
  const first = body[0];
  if (!recipients && first?.kind === 'paragraph') {
    first.blankLinesBefore = BLANK_LINES.recipientsAfterTitle;
    first.spaceBeforePt = round2(first.blankLinesBefore * LINE_PITCH_PT);
  }
  items.push(...body);
  const attachments = doc.attachments ?? [];
  if (attachments.length) items.push(...attachmentNote(attachments));
  // The signature and date never stand alone on a page: the last lines of text go with them.
  const last = items[items.length - 1];
  if (last?.kind === 'paragraph') last.keepNext = true;
  items.push(...closing(doc));
  items.push(...record(doc));
  return { items, footers: { odd: pageNumberFooter('odd'), even: pageNumberFooter('even') } };
}

/** The 版记 paragraphs, which renderers keep together at the bottom of the last page. */
export function recordParagraphs(layout: OfficialLayout): LaidOutParagraph[] {
  return layout.items.filter((i): i is LaidOutParagraph => i.kind === 'paragraph' && i.anchor === 'record-bottom');
}
