/** The standard as data: the page numbers, the 18 elements and the 15 document types. */
import { DOC_TYPES, allowsSigner, docTypeSpec, hasRule, isUpward } from '../../../src/core/officialdoc/doc-types.js';
import { ELEMENTS } from '../../../src/core/officialdoc/elements.js';
import { FONT_STACKS, cssFontFamily, fallbackOf } from '../../../src/core/officialdoc/fonts.js';
import {
  BODY_CHAR_SPACING_PT,
  CHAR_PITCH_PT,
  LINE_PITCH_PT,
  MARGINS_MM,
  MARGIN_TWIPS,
  PAGE_TWIPS,
  SIZE_PT,
  TYPE_AREA_TWIPS,
} from '../../../src/core/officialdoc/spec.js';

describe('GB/T 9704-2012 page numbers', () => {
  it('leaves 26 mm on the right and 35 mm at the bottom around the 156 × 225 mm type area', () => {
    expect(MARGINS_MM).toEqual({ top: 37, left: 28, right: 26, bottom: 35 });
    expect(PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right).toBe(TYPE_AREA_TWIPS.width);
    expect(PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom).toBe(TYPE_AREA_TWIPS.height);
  });

  it('fits exactly 22 lines and, with the body condensing, exactly 28 characters of 三号', () => {
    const height = TYPE_AREA_TWIPS.height / 20;
    expect(22 * LINE_PITCH_PT).toBeLessThanOrEqual(height);
    expect(23 * LINE_PITCH_PT).toBeGreaterThan(height);
    const width = TYPE_AREA_TWIPS.width / 20;
    const advance = SIZE_PT.body + BODY_CHAR_SPACING_PT;
    expect(28 * SIZE_PT.body).toBeGreaterThan(width); // uncondensed 16 pt characters would only fit 27
    expect(28 * advance).toBeLessThanOrEqual(width);
    expect(29 * advance).toBeGreaterThan(width);
    expect(advance).toBeLessThan(CHAR_PITCH_PT);
  });
});

describe('the 18 elements of a 公文', () => {
  it('come in the order of 条例 第九条, from 份号 to 页码', () => {
    expect(ELEMENTS.map((e) => e.zh)).toEqual([
      '份号',
      '密级和保密期限',
      '紧急程度',
      '发文机关标志',
      '发文字号',
      '签发人',
      '标题',
      '主送机关',
      '正文',
      '附件说明',
      '发文机关署名',
      '成文日期',
      '印章',
      '附注',
      '附件',
      '抄送机关',
      '印发机关和印发日期',
      '页码',
    ]);
    expect(ELEMENTS.filter((e) => e.part === 'record').map((e) => e.zh)).toEqual(['抄送机关', '印发机关和印发日期']);
    for (const e of ELEMENTS) expect(e.layout['zh-CN'] && e.layout['en-US']).toBeTruthy();
  });
});

describe('the 15 document types', () => {
  it('are the ones 条例 第八条 names, each with a purpose in both languages', () => {
    expect(DOC_TYPES.map((t) => t.zh)).toEqual(['决议', '决定', '命令（令）', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要']);
    for (const t of DOC_TYPES) expect(t.purpose['zh-CN'].length > 4 && t.purpose['en-US'].length > 10).toBe(true);
  });

  it('know which way each travels and who carries 签发人', () => {
    expect(isUpward('request')).toBe(true);
    expect(isUpward('report')).toBe(true);
    expect(isUpward('notice')).toBe(false);
    expect(docTypeSpec('letter').directions).toEqual(['parallel']);
    expect(allowsSigner('opinion')).toBe(true); // 意见 may go up
    expect(allowsSigner('notice')).toBe(false);
  });

  it('carry the rules drafters break and the closings that fit', () => {
    expect(hasRule('request', 'one-matter')).toBe(true);
    expect(hasRule('request', 'needs-contact')).toBe(true);
    expect(hasRule('report', 'no-request-items')).toBe(true);
    expect(hasRule('notice', 'one-matter')).toBe(false);
    expect(docTypeSpec('request').closings).toEqual(expect.arrayContaining(['妥否，请批示。', '以上请示，请予审批。']));
    expect(docTypeSpec('letter').closings).toEqual(expect.arrayContaining(['请予函复。', '特此函复。']));
    expect(docTypeSpec('notice').closings).toContain('特此通知。');
    expect(docTypeSpec('report').closings).toContain('特此报告。');
  });
});

describe('fonts', () => {
  it('fall back from the GB2312 faces to the stock ones and to the English names', () => {
    expect(FONT_STACKS.fangsong).toEqual(['仿宋_GB2312', '仿宋', 'FangSong']);
    expect(fallbackOf('仿宋_GB2312')).toBe('仿宋');
    expect(fallbackOf('方正小标宋简体')).toBe('华文中宋');
    expect(fallbackOf('华文中宋')).toBe('宋体');
    expect(fallbackOf('FangSong')).toBeUndefined();
    expect(cssFontFamily('kaiti')).toBe('"楷体_GB2312", "楷体", "KaiTi", serif');
  });
});
