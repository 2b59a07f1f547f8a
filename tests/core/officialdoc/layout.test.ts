/** The single description both the .docx and Word insertion render: which paragraph, in what order, set how. */
import type { Block } from '../../../src/core/blocks/types.js';
import type { OfficialDocument } from '../../../src/core/officialdoc/document.js';
import { issuerMarkSize, layoutOfficialDocument, numberingTier, splitTitle, type LaidOutParagraph } from '../../../src/core/officialdoc/layout.js';
import { cellWidth } from '../../../src/core/officialdoc/format.js';
import { LINE_PITCH_PT, RED } from '../../../src/core/officialdoc/spec.js';
import { mmToPt } from '../../../src/core/officialdoc/units.js';
import { noticeSample, requestSample } from '../../server/officialdoc/samples.js';

const paragraphs = (doc: OfficialDocument) => layoutOfficialDocument(doc).items.filter((i): i is LaidOutParagraph => i.kind === 'paragraph');
const textOf = (p: LaidOutParagraph) => p.runs.map((r) => r.text).join('');
const byText = (ps: LaidOutParagraph[], start: string) => {
  const p = ps.find((x) => textOf(x).startsWith(start));
  if (!p) throw new Error(`no paragraph starting "${start}"`);
  return p;
};
const minimal = (over: Partial<OfficialDocument> = {}): OfficialDocument => ({
  type: 'notice',
  issuerMark: '某局文件',
  title: '关于某事的通知',
  body: [{ type: 'paragraph', content: [{ text: '正文。' }] }],
  date: '2024-07-23',
  ...over,
});

describe('laying out an official document', () => {
  it('puts the elements in the order of the standard, from 份号 to 印发', () => {
    const order = paragraphs(noticeSample).map((p) => p.element);
    const collapsed = order.filter((e, i) => e !== order[i - 1]);
    expect(collapsed).toEqual(['copyNumber', 'secrecy', 'urgency', 'issuerMark', 'docNumber', 'title', 'recipients', 'body', 'attachmentNote', 'issuerSignature', 'date', 'note', 'copyTo', 'printer']);
  });

  it('sets the 发文机关标志 red, centred, as large as fits, 35 mm below the top of the type area', () => {
    const ps = paragraphs(noticeSample);
    const mark = byText(ps, '某市人民政府办公室文件');
    expect(mark).toMatchObject({ color: RED, align: 'center', font: 'xiaobiaosong', sizePt: 40, lineHeightPt: 40 });
    // Three lines (份号, 密级, 紧急程度) stand above it; the rest of the 35 mm is space before it.
    expect(mark.spaceBeforePt).toBeCloseTo(mmToPt(35) - 3 * LINE_PITCH_PT, 1);
    expect(byText(paragraphs(minimal()), '某局文件').spaceBeforePt).toBeCloseTo(mmToPt(35), 1);
    expect(issuerMarkSize('某局文件')).toEqual({ sizePt: 56, scalePercent: 100 });
    expect(issuerMarkSize('某某省某某市某某区人民政府办公室某某某某文件')).toMatchObject({ sizePt: 26 });
    expect(issuerMarkSize('某某省某某市某某区人民政府办公室某某某某文件').scalePercent).toBeLessThan(100);
  });

  it('centres 发文字号 two lines below the mark with the red rule 4 mm under it', () => {
    const number = byText(paragraphs(noticeSample), '某政办发〔2024〕7号');
    expect(number).toMatchObject({ element: 'docNumber', align: 'center', blankLinesBefore: 2 });
    expect(number.rules?.below).toMatchObject({ color: RED });
    expect(number.rules?.below?.gapPt).toBeCloseTo(mmToPt(4), 1);
  });

  it('puts 发文字号 and 签发人 of an upward document on one line, names in 楷体, two to a line', () => {
    const one = paragraphs(requestSample).filter((p) => p.element === 'docNumber' || p.element === 'signer');
    expect(one).toHaveLength(1);
    expect(one[0]!.runs.map((r) => [r.text, r.font])).toEqual([
      ['某应急〔2024〕12号', 'fangsong'],
      ['\t签发人：', 'fangsong'],
      ['王建国', 'kaiti'],
    ]);
    // A first-line indent, not a left one, so the red rule under the line still spans the type area.
    expect(one[0]).toMatchObject({ align: 'left', indent: { firstLineChars: 1 }, tabs: [{ kind: 'left', atChars: 28 - 1 - 4 - 3 }] });

    const three = paragraphs({ ...requestSample, signers: ['王建国', '李四', '赵六'] }).filter((p) => p.element === 'docNumber' || p.element === 'signer');
    expect(three.map((p) => p.element)).toEqual(['signer', 'docNumber']);
    expect(three.map(textOf)).toEqual(['\t签发人：王建国　李四', '某应急〔2024〕12号\t　　　　赵六']);
    expect(three[1]!.rules?.below?.color).toBe(RED);
  });

  it('sets the title in 二号 小标宋 two lines below the rule, and 主送机关 one line below it with a colon', () => {
    const ps = paragraphs(noticeSample);
    const title = ps.find((p) => p.element === 'title')!;
    expect(title).toMatchObject({ font: 'xiaobiaosong', sizePt: 22, align: 'center', blankLinesBefore: 2 });
    expect(textOf(title)).toBe('某市人民政府办公室关于开展2024年度\n安全生产大检查的通知');
    const recipients = ps.find((p) => p.element === 'recipients')!;
    expect(textOf(recipients)).toBe('各区人民政府，市政府各委、办、局，各有关单位：');
    expect(recipients).toMatchObject({ blankLinesBefore: 1, indent: {}, sizePt: 16, font: 'fangsong' });
  });

  it('drops a first heading that repeats the title, and sets each numbering level in its own face', () => {
    const ps = paragraphs(noticeSample);
    const body = ps.filter((p) => p.element === 'body');
    expect(textOf(body[0]!)).toMatch(/^为深入贯彻落实/);
    expect(byText(ps, '一、总体要求')).toMatchObject({ style: 'heading1', font: 'heiti', indent: { firstLineChars: 2 } });
    expect(byText(ps, '（一）检查范围')).toMatchObject({ style: 'heading2', font: 'kaiti' });
    expect(byText(ps, '1.危险化学品领域。')).toMatchObject({ style: 'body', font: 'fangsong' });
    expect(byText(ps, '（1）施工现场')).toMatchObject({ style: 'heading4', font: 'fangsong' });
    // A numbered paragraph that goes on after its heading sentence: only the heading is in 楷体.
    const mixed = byText(ps, '（一）加强组织领导。');
    expect(mixed.style).toBe('body');
    expect(mixed.runs.map((r) => [r.text.slice(0, 10), r.font])).toEqual([
      ['（一）加强组织领导。', 'kaiti'],
      ['各区、各部门要成立由', 'fangsong'],
    ]);
    expect(byText(ps, '为深入贯彻落实')).toMatchObject({ style: 'body', align: 'justify', indent: { firstLineChars: 2 }, sizePt: 16, lineHeightPt: LINE_PITCH_PT });
  });

  it('reads the numbering level from the text first and the heading level second', () => {
    expect(['一、总体要求', '（二）范围', '(3)细则', '3.要求', '2024.7 统计'].map(numberingTier)).toEqual([1, 2, 4, 3, null]);
    const heading = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, content: [{ text }] });
    const ps = paragraphs(minimal({ body: [heading(2, '总体要求'), heading(3, '检查范围'), heading(4, '重点'), heading(3, '一、其实是第一层')] }));
    expect(ps.filter((p) => p.element === 'body').map((p) => p.style)).toEqual(['heading1', 'heading2', 'heading3', 'heading1']);
  });

  it('numbers ordered list items 1. and （1） and keeps bullet items as plain paragraphs', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      items: [
        { content: [{ text: '第一项' }], level: 0 },
        { content: [{ text: '细目' }], level: 1 },
        { content: [{ text: '第二项' }], level: 0 },
      ],
    };
    const bullets: Block = { type: 'list', ordered: false, items: [{ content: [{ text: '要点' }], level: 0 }] };
    const texts = paragraphs(minimal({ body: [list, bullets] })).filter((p) => p.element === 'body').map(textOf);
    expect(texts).toEqual(['1.第一项', '（1）细目', '2.第二项', '要点']);
  });

  it('hangs 附件说明 so wrapped names align with the first character of the name', () => {
    const [first, second] = paragraphs(noticeSample).filter((p) => p.element === 'attachmentNote');
    expect(textOf(first!)).toBe('附件：1.2024年度安全生产大检查重点检查内容清单');
    expect(first).toMatchObject({ blankLinesBefore: 1, indent: { leftChars: 6, hangingChars: 4 } });
    expect(textOf(second!)).toBe('2.安全生产大检查工作情况统计表');
    expect(second).toMatchObject({ blankLinesBefore: 0, indent: { leftChars: 6, hangingChars: 1 } });
    const single = paragraphs(minimal({ attachments: ['名单。'] })).filter((p) => p.element === 'attachmentNote');
    expect(single.map(textOf)).toEqual(['附件：名单']);
    expect(single[0]!.indent).toEqual({ leftChars: 5, hangingChars: 3 });
  });

  it('centres 署名 over 成文日期, which stands four characters from the right, with 附注 on the next line', () => {
    const ps = paragraphs(noticeSample);
    const signature = ps.find((p) => p.element === 'issuerSignature')!;
    const date = ps.find((p) => p.element === 'date')!;
    expect(textOf(date)).toBe('2024年7月23日');
    expect(date).toMatchObject({ align: 'right', indent: { rightChars: 4 } });
    // The date is 6.5 cells wide, the signature 9: centred, the signature ends 1.25 cells further right.
    expect(signature).toMatchObject({ align: 'right', indent: { rightChars: 2.75 }, blankLinesBefore: 2 });
    expect(textOf(ps.find((p) => p.element === 'note')!)).toBe('（联系人：李明，电话：010-12345678）');
    // The last lines of text keep with the signature so it never stands alone on a page.
    expect(ps[ps.indexOf(signature) - 1]!.keepNext).toBe(true);
  });

  it('sets the 版记 in 四号 仿宋 between rules, for the foot of the last page', () => {
    const ps = paragraphs(noticeSample);
    const copyTo = ps.find((p) => p.element === 'copyTo')!;
    const printer = ps.find((p) => p.element === 'printer')!;
    expect(textOf(copyTo)).toBe('抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院。');
    expect(textOf(printer)).toBe('某市人民政府办公室\t2024年7月24日印发');
    for (const p of [copyTo, printer]) {
      expect(p).toMatchObject({ sizePt: 14, font: 'fangsong', anchor: 'record-bottom' });
      expect(p.rules?.above?.weightPt).toBeGreaterThan(p.rules?.between?.weightPt ?? Infinity);
      expect(p.rules?.below?.weightPt).toBe(p.rules?.above?.weightPt);
    }
    expect(copyTo.indent).toEqual({ leftChars: 4, hangingChars: 3, rightChars: 1 });
    expect(printer.tabs?.[0]?.kind).toBe('right');
    expect(paragraphs(minimal()).some((p) => p.anchor === 'record-bottom')).toBe(false);
  });

  it('numbers pages "— N —" in 四号, odd pages right and even pages left, one character in', () => {
    const { footers } = layoutOfficialDocument(noticeSample);
    expect(footers.odd).toMatchObject({ align: 'right', indent: { rightChars: 1 }, sizePt: 14, font: 'songti' });
    expect(footers.even).toMatchObject({ align: 'left', indent: { leftChars: 1 }, sizePt: 14 });
    expect(footers.odd.runs.map((r) => r.field ?? r.text)).toEqual(['— ', 'page', ' —']);
  });

  it('starts the body one line below the title when there is no 主送机关', () => {
    const ps = paragraphs(minimal());
    expect(ps.find((p) => p.element === 'recipients')).toBeUndefined();
    expect(ps.find((p) => p.element === 'body')!.blankLinesBefore).toBe(1);
  });
});

describe('splitting a long title', () => {
  it('keeps a title that fits on one line, and the breaks a user typed', () => {
    expect(splitTitle('关于某事的通知')).toEqual(['关于某事的通知']);
    expect(splitTitle('第一行\n 第二行 ')).toEqual(['第一行', '第二行']);
  });

  it('splits into lines of similar width, where a break does not cut a word, never after a number', () => {
    expect(splitTitle('某市应急管理局关于增拨防汛抢险专项经费的请示')).toEqual(['某市应急管理局关于', '增拨防汛抢险专项经费的请示']);
    expect(splitTitle('某某市人民政府办公室关于进一步加强城市道路交通安全管理工作的通知')).toEqual(['某某市人民政府办公室关于', '进一步加强城市道路交通安全管理工作的通知']);
    const title = '某某省人民政府办公厅关于印发某某省2024年度安全生产重点工作任务分工方案的通知';
    const lines = splitTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.some((l) => /\d$/.test(l))).toBe(false);
  });
});
