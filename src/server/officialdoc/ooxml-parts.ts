/**
 * The two package parts the `docx` package cannot express, written here and handed to its
 * Packer as overrides: the style sheet (paragraph-level snapToGrid, widow control, punctuation
 * rules) and the font table with a fallback (w:altName) for every 公文 typeface.
 */
import { FONT_STACKS, fallbackOf, primaryFont, type FontRole } from '../../core/officialdoc/fonts.js';
import { SIZE_PT } from '../../core/officialdoc/spec.js';
import { PARAGRAPH_STYLES, STYLE_KEYS, type Align, type BlockRules, type Indent, type ParagraphStyleSpec, type RuleLine } from '../../core/officialdoc/styles.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const twips = (pt: number) => Math.round(pt * 20);

export const JC: Readonly<Record<Align, string>> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** One w:ind element's attributes, in twips, from indents in characters of `charPt`. */
export function indentTwips(indent: Indent, charPt: number): { firstLine?: number; left?: number; right?: number; hanging?: number } {
  const out: { firstLine?: number; left?: number; right?: number; hanging?: number } = {};
  if (indent.leftChars) out.left = twips(indent.leftChars * charPt);
  if (indent.rightChars) out.right = twips(indent.rightChars * charPt);
  if (indent.hangingChars) out.hanging = twips(indent.hangingChars * charPt);
  else if (indent.firstLineChars) out.firstLine = twips(indent.firstLineChars * charPt);
  return out;
}

function rFonts(role: FontRole): string {
  const name = escapeXml(primaryFont(role));
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
}

/** A w:ind that sets all of left, right and first line, so a style never inherits an indent. */
function indXml(indent: Indent, charPt: number): string {
  const ind: Record<string, number> = { left: 0, right: 0, firstLine: 0, ...indentTwips(indent, charPt) };
  if (ind.hanging !== undefined) delete ind.firstLine;
  return `<w:ind ${Object.entries(ind)
    .map(([k, v]) => `w:${k}="${v}"`)
    .join(' ')}/>`;
}

/** A border's width in eighths of a point (at least the thinnest Word draws) and its gap in whole points. */
export function borderSize(rule: RuleLine): { size: number; space: number } {
  return { size: Math.max(2, Math.round(rule.weightPt * 8)), space: Math.min(31, Math.round(rule.gapPt)) };
}

function pBdrXml(rules: BlockRules): string {
  const one = (tag: string, rule: RuleLine | undefined) => {
    if (!rule) return '';
    const { size, space } = borderSize(rule);
    return `<w:${tag} w:val="single" w:sz="${size}" w:space="${space}" w:color="${rule.color}"/>`;
  };
  return `<w:pBdr>${one('top', rules.above)}${one('bottom', rules.below)}${one('between', rules.between)}</w:pBdr>`;
}

function styleXml(s: ParagraphStyleSpec): string {
  const pPr = [
    s.keepNext ? '<w:keepNext/>' : '',
    // Widow control would move lines off the 22-line grid.
    '<w:widowControl w:val="0"/>',
    // Block rules live in the style: LibreOffice drops a frame whose paragraphs have direct borders that differ.
    s.rules ? pBdrXml(s.rules) : '',
    '<w:autoSpaceDE w:val="0"/>',
    '<w:autoSpaceDN w:val="0"/>',
    '<w:adjustRightInd w:val="0"/>',
    '<w:snapToGrid w:val="0"/>',
    `<w:spacing w:before="0" w:after="0" w:line="${twips(s.lineHeightPt)}" w:lineRule="exact"/>`,
    indXml(s.indent, s.charPt),
    `<w:jc w:val="${JC[s.align]}"/>`,
    s.outlineLevel !== undefined ? `<w:outlineLvl w:val="${s.outlineLevel}"/>` : '',
  ].join('');
  const rPr = [
    rFonts(s.font),
    '<w:snapToGrid w:val="0"/>',
    `<w:color w:val="${s.color}"/>`,
    s.charSpacingPt ? `<w:spacing w:val="${twips(s.charSpacingPt)}"/>` : '',
    `<w:sz w:val="${s.sizePt * 2}"/><w:szCs w:val="${s.sizePt * 2}"/>`,
  ].join('');
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}">` +
    `<w:name w:val="${escapeXml(s.name)}"/><w:basedOn w:val="Normal"/><w:next w:val="${PARAGRAPH_STYLES.body.id}"/><w:qFormat/>` +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

/**
 * word/styles.xml: document defaults and a Normal style in 16 pt 仿宋 (the document grid's
 * character pitch is counted from Normal's size), then one style per kind of paragraph.
 */
export function stylesXml(): string {
  const size = SIZE_PT.body * 2;
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts('fangsong')}<w:kern w:val="2"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  const normal =
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${rFonts('fangsong')}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  const defaultChar =
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`;
  const tableNormal =
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  // The docx package's (empty) footnote and endnote parts refer to these two.
  const noteRefs = ['FootnoteReference:footnote reference', 'EndnoteReference:endnote reference']
    .map((pair) => pair.split(':'))
    .map(
      ([id, name]) =>
        `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="DefaultParagraphFont"/>` +
        `<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
    )
    .join('');
  const styles = STYLE_KEYS.map((k) => styleXml(PARAGRAPH_STYLES[k])).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:styles xmlns:w="${W_NS}" xmlns:r="${R_NS}">${defaults}${normal}${defaultChar}${tableNormal}${noteRefs}${styles}</w:styles>`
  );
}

/** How Word should pick a substitute when a face is missing: GB2312 character set, the face's family and pitch. */
const FACE_INFO: Readonly<Record<FontRole, { family: string; pitch: string }>> = {
  fangsong: { family: 'modern', pitch: 'fixed' },
  xiaobiaosong: { family: 'roman', pitch: 'variable' },
  heiti: { family: 'modern', pitch: 'fixed' },
  kaiti: { family: 'modern', pitch: 'fixed' },
  songti: { family: 'auto', pitch: 'variable' },
};

/**
 * word/fontTable.xml: every name of every stack, each naming the next as its w:altName
 * (仿宋_GB2312 → 仿宋 → FangSong), with charset 86 (GB2312) so a missing face is replaced by a
 * Chinese one of the same kind.
 */
export function fontTableXml(): string {
  const seen = new Set<string>();
  const fonts: string[] = [];
  for (const role of Object.keys(FONT_STACKS) as FontRole[]) {
    for (const name of FONT_STACKS[role]) {
      if (seen.has(name)) continue;
      seen.add(name);
      const alt = fallbackOf(name);
      const info = FACE_INFO[role];
      fonts.push(
        `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ''}` +
          `<w:charset w:val="86"/><w:family w:val="${info.family}"/><w:pitch w:val="${info.pitch}"/></w:font>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W_NS}" xmlns:r="${R_NS}">${fonts.join('')}</w:fonts>`;
}
