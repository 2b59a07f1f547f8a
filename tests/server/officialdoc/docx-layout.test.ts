/**
 * The .docx rendered for real: LibreOffice turns the sample 通知 and 请示 into PDF (one soffice
 * run for both), and the pages are measured against GB/T 9704-2012. The numbers below are the
 * standard's own (A4, 37 mm top, 28 mm binding side, 156 × 225 mm, 22 × 28), not the code's.
 * The .docx, PDF and 60 dpi PNGs stay in test-output/officialdoc/ for a human look.
 *
 * LibreOffice sets a fixed-height line's baseline at 80 % of the line's height; that is how a
 * line's box is found from its baseline here.
 */
import { buildOfficialDocx } from '../../../src/server/officialdoc/docx.js';
import { measurePdf, type MeasuredPage, type TextLine } from './pdf-measure.js';
import { renderDocx } from './render.js';
import { noticeSample, requestSample } from './samples.js';

const PITCH = 225 / 22; // mm per line
const CHAR = 156 / 28; // mm per character cell
const PT = 25.4 / 72; // mm per point
const BASELINE_AT = 0.8;
const MIDDLE = 28 + 156 / 2; // centre of the type area (the margins are 28 and 26 mm)

const lineTop = (l: TextLine, heightMm = PITCH) => l.baseline - BASELINE_AT * heightMm;
const lineBottom = (l: TextLine, heightMm = PITCH) => lineTop(l, heightMm) + heightMm;
const centre = (l: TextLine) => (l.x0 + l.x1) / 2;
const bodyLines = (p: MeasuredPage) => p.lines.filter((l) => l.sizePt === 16);
const pageNumber = (p: MeasuredPage) => p.lines.find((l) => /^—\d+—$/.test(l.text));
const find = (p: MeasuredPage, text: string) => {
  const line = p.lines.find((l) => l.text.includes(text));
  if (!line) throw new Error(`no line with "${text}" on the page`);
  return line;
};

let notice: MeasuredPage[];
let request: MeasuredPage[];

beforeAll(async () => {
  const pdfs = await renderDocx({ notice: await buildOfficialDocx(noticeSample), request: await buildOfficialDocx(requestSample) });
  notice = await measurePdf(pdfs.notice!);
  request = await measurePdf(pdfs.request!);
}, 300_000);

describe('an official document rendered by LibreOffice', () => {
  it('prints on A4, the 通知 over at least three pages', () => {
    expect(notice.length).toBeGreaterThanOrEqual(3);
    for (const page of [...notice, ...request]) {
      expect(page.widthMm).toBeCloseTo(210, 0);
      expect(page.heightMm).toBeCloseTo(297, 0);
    }
  });

  it('fills a full page with 22 lines on the grid of the 225 mm type area, starting 37 mm from the top', () => {
    for (const page of [notice[1]!, notice[2]!]) {
      const lines = bodyLines(page);
      expect(lines).toHaveLength(22);
      lines.forEach((line, k) => expect(Math.abs(line.baseline - lines[0]!.baseline - k * PITCH)).toBeLessThan(0.3));
      expect(Math.abs(lineTop(lines[0]!) - 37)).toBeLessThan(1);
      expect(Math.abs(lineBottom(lines[21]!) - (37 + 225))).toBeLessThan(1);
    }
  });

  it('sets 28 characters on a full line between 28 mm and 184 mm, and indents paragraphs two characters', () => {
    const lines = [notice[1]!, notice[2]!].flatMap(bodyLines);
    const left = Math.min(...lines.map((l) => l.x0));
    expect(Math.abs(left - 28)).toBeLessThan(1);
    // Full lines that reach the right edge (lines ending in hanging punctuation reach past it).
    const full = lines.filter((l) => Math.abs(l.x0 - left) < 0.5 && l.x1 > 180 && l.x1 < 184.5);
    expect(full.length).toBeGreaterThanOrEqual(10);
    for (const line of full) {
      expect(line.chars).toBe(28);
      expect(Math.abs(line.x1 - 184)).toBeLessThan(1);
      expect(Math.abs(line.x1 - line.x0 - 156)).toBeLessThan(1);
    }
    const indented = lines.filter((l) => l.x0 - left > 5);
    expect(indented.length).toBeGreaterThan(3);
    for (const line of indented) expect(Math.abs(line.x0 - (28 + 2 * CHAR))).toBeLessThan(1);
  });

  it('draws the red 发文机关标志 big and centred, its top 35 mm into the type area', () => {
    const mark = find(notice[0]!, '某市人民政府办公室文件');
    expect(mark.colors).toEqual(['#ff0000']);
    expect(mark.sizePt).toBeGreaterThan(22);
    expect(Math.abs(centre(mark) - MIDDLE)).toBeLessThan(1);
    expect(Math.abs(lineTop(mark, mark.sizePt * PT) - (37 + 35))).toBeLessThan(1.5);
    const copy = find(notice[0]!, '000128');
    const secret = find(notice[0]!, '秘密★1年');
    const urgent = find(notice[0]!, '特急');
    expect([copy.x0, secret.x0, urgent.x0].every((x) => Math.abs(x - 28) < 1)).toBe(true);
    expect(copy.baseline).toBeLessThan(secret.baseline);
    expect(secret.baseline).toBeLessThan(urgent.baseline);
  });

  it('centres 发文字号 two lines under the mark and draws the red line 4 mm below it, as wide as the type area', () => {
    const page = notice[0]!;
    const mark = find(page, '某市人民政府办公室文件');
    const number = find(page, '某政办发〔2024〕7号');
    expect(number.colors).toEqual(['#000000']);
    expect(Math.abs(centre(number) - MIDDLE)).toBeLessThan(1);
    expect(Math.abs(lineTop(number) - lineBottom(mark, mark.sizePt * PT) - 2 * PITCH)).toBeLessThan(1);
    const red = page.rules.filter((r) => r.color === '#ff0000');
    expect(red.length).toBeGreaterThan(0);
    const rule = red[0]!;
    expect(Math.abs(rule.x0 - 28)).toBeLessThan(1);
    expect(Math.abs(rule.x1 - 184)).toBeLessThan(1);
    expect(Math.abs(rule.y - lineBottom(number) - 4)).toBeLessThan(1);
  });

  it('sets the title in 22 pt, centred, two lines below the red line; 主送机关 one line below, flush left', () => {
    const page = notice[0]!;
    const titles = page.lines.filter((l) => l.sizePt === 22);
    expect(titles.map((l) => l.text)).toEqual(['某市人民政府办公室关于开展2024年度', '安全生产大检查的通知']);
    for (const line of titles) expect(Math.abs(centre(line) - MIDDLE)).toBeLessThan(1);
    const rule = page.rules.find((r) => r.color === '#ff0000')!;
    expect(Math.abs(lineTop(titles[0]!) - rule.y - 2 * PITCH)).toBeLessThan(1.5);
    const recipients = find(page, '各区人民政府');
    expect(recipients.text.endsWith('：')).toBe(true);
    expect(recipients.sizePt).toBe(16);
    expect(Math.abs(recipients.x0 - 28)).toBeLessThan(1);
    expect(Math.abs(lineTop(recipients) - lineBottom(titles[1]!) - PITCH)).toBeLessThan(1);
  });

  it('numbers the pages "— N —" in 14 pt, 7 mm below the type area, odd pages right and even pages left', () => {
    for (const [i, page] of notice.entries()) {
      const n = i + 1;
      const line = pageNumber(page);
      expect(line?.text).toBe(`—${n}—`);
      expect(line!.sizePt).toBe(14);
      // The 一字线 runs through the middle of the 14 pt line.
      const dash = lineTop(line!, 14 * PT) + (14 * PT) / 2;
      expect(Math.abs(dash - (37 + 225 + 7))).toBeLessThan(1);
      if (n % 2 === 1) expect(Math.abs(line!.x1 - (184 - 14 * PT))).toBeLessThan(1);
      else expect(Math.abs(line!.x0 - (28 + 14 * PT))).toBeLessThan(1);
    }
  });

  it('closes with 附件说明, 署名 over 成文日期 four characters from the right, 附注, and the 版记 on the foot of the last page', () => {
    const closing = notice[notice.length - 2]!;
    const attachment = find(closing, '附件：1.');
    expect(Math.abs(attachment.x0 - (28 + 2 * CHAR))).toBeLessThan(1);
    const second = find(closing, '2.安全生产大检查工作情况统计表');
    expect(second.x0).toBeGreaterThan(attachment.x0 + 2 * CHAR);
    const date = find(closing, '2024年7月23日');
    expect(Math.abs(date.x1 - (184 - 4 * CHAR))).toBeLessThan(1);
    const signature = find(closing, '某市人民政府办公室');
    expect(signature.baseline).toBeLessThan(date.baseline);
    expect(find(closing, '（联系人：李明，电话：010-12345678）').baseline).toBeGreaterThan(date.baseline);

    const last = notice[notice.length - 1]!;
    const record = last.lines.filter((l) => l.sizePt === 14 && !pageNumber(last)?.text.includes(l.text));
    expect(record[0]!.text.startsWith('抄送：')).toBe(true);
    expect(record[record.length - 1]!.text).toBe('某市人民政府办公室2024年7月24日印发');
    expect(Math.abs(record[0]!.x0 - (28 + 14 * PT))).toBeLessThan(1);
    const rules = last.rules.filter((r) => r.color === '#000000').sort((a, b) => a.y - b.y);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(Math.abs(rules[rules.length - 1]!.y - (37 + 225))).toBeLessThan(1);
    expect(rules[0]!.y).toBeLessThan(record[0]!.baseline);
  });

  it('puts 发文字号 and 签发人 of a 请示 on one line, one character in from each side, and the short 请示 on one page', () => {
    const page = request[0]!;
    const header = find(page, '签发人：王建国');
    expect(header.text).toBe('某应急〔2024〕12号签发人：王建国');
    expect(Math.abs(header.x0 - (28 + CHAR))).toBeLessThan(1);
    expect(Math.abs(header.x1 - (184 - CHAR))).toBeLessThan(1);
    expect(find(page, '某市应急管理局文件').colors).toEqual(['#ff0000']);
    const rule = page.rules.find((r) => r.color === '#ff0000' && r.y > header.baseline);
    expect(Math.abs(rule!.x0 - 28)).toBeLessThan(1);
    expect(Math.abs(rule!.x1 - 184)).toBeLessThan(1);
    // A short 请示 fits its one page, signature, date and contact line included.
    expect(request).toHaveLength(1);
    expect(find(page, '2024年7月18日').baseline).toBeLessThan(find(page, '（联系人：张华').baseline);
  });
});
