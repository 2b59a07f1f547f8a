/**
 * What Word reads from the .docx, checked in its XML: the page set-up and document grid, the
 * odd and even footers, the named styles "Insert here" reuses, and the font fallbacks.
 */
import { buildOfficialDocx } from '../../../src/server/officialdoc/docx.js';
import { noticeSample, requestSample } from './samples.js';
import { unzip } from './unzip.js';

let parts: Map<string, string>;
const part = (name: string) => parts.get(name) ?? '';
/** The first element `tag` with attribute `attr` = `value`, up to its end tag. */
const element = (xml: string, tag: string, attr: string, value: string) => {
  const at = xml.indexOf(`${attr}="${value}"`);
  return at < 0 ? '' : xml.slice(xml.lastIndexOf(`<${tag} `, at), xml.indexOf(`</${tag}>`, at));
};

beforeAll(async () => {
  parts = unzip(await buildOfficialDocx(noticeSample));
});

describe('the official .docx as Word reads it', () => {
  it('sets up A4 with the 156 × 225 mm type area, 28 mm on the binding side, and a 22 × 28 document grid', () => {
    const doc = part('word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37 mm, 28 mm; 210 − 28 − 156 = 26 mm; 297 − 37 − 225 = 35 mm (in twips, as Word rounds them).
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1475" w:bottom="1984" w:left="1587"/);
    const grid = /<w:docGrid w:type="linesAndChars" w:linePitch="(\d+)" w:charSpace="(-?\d+)"\/>/.exec(doc);
    expect(grid).not.toBeNull();
    const linePitch = Number(grid![1]);
    expect(22 * linePitch).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(23 * linePitch).toBeGreaterThan(16838 - 2098 - 1984);
    // Word's character pitch: the Normal size (16 pt) plus charSpace/4096 pt; 28 must fit in 156 mm, 29 must not.
    const pitchPt = 16 + Number(grid![2]) / 4096;
    expect(28 * pitchPt * 20).toBeLessThanOrEqual(11906 - 1587 - 1475);
    expect(29 * pitchPt * 20).toBeGreaterThan(11906 - 1587 - 1475);
    expect(part('word/styles.xml')).toMatch(/w:styleId="Normal">.*?<w:sz w:val="32"\/>/);
  });

  it('numbers odd pages on the right and even pages on the left with a PAGE field between em dashes', () => {
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(part('word/document.xml'))?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    };
    const odd = part(`word/${target('default')}`);
    const even = part(`word/${target('even')}`);
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('— </w:t>');
      expect(footer).toContain(' —</w:t>');
    }
    // The page-number style is right-aligned; even pages override it to the left, one 14 pt character in.
    expect(odd).toMatch(/<w:ind w:left="0" w:right="280"/);
    expect(even).toMatch(/<w:ind w:left="280" w:right="0"/);
    expect(even).toContain('<w:jc w:val="left"/>');
    // 7 mm below the type area: the footer's bottom edge sits 35 − 7 − 2.5 mm above the paper's edge.
    expect(part('word/document.xml')).toMatch(/w:footer="14\d\d"/);
  });

  it('carries named styles with the standard fonts and sizes, so Word can reuse them', () => {
    const styles = part('word/styles.xml');
    const expectStyle = (id: string, name: string, font: string, halfPoints: number) => {
      const style = element(styles, 'w:style', 'w:styleId', id);
      expect(style).toContain(`<w:name w:val="${name}"/>`);
      expect(style).toContain(`w:eastAsia="${font}"`);
      expect(style).toContain(`<w:sz w:val="${halfPoints}"/>`);
      return style;
    };
    expect(expectStyle('WenshuBody', 'Wenshu 公文正文', '仿宋_GB2312', 32)).toContain('<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>');
    expect(expectStyle('WenshuTitle', 'Wenshu 公文标题', '方正小标宋简体', 44)).toContain('<w:jc w:val="center"/>');
    expectStyle('WenshuHeading1', 'Wenshu 一级标题', '黑体', 32);
    expectStyle('WenshuHeading2', 'Wenshu 二级标题', '楷体_GB2312', 32);
    expectStyle('WenshuHeading3', 'Wenshu 三级标题', '仿宋_GB2312', 32);
    expect(expectStyle('WenshuIssuerMark', 'Wenshu 发文机关标志', '方正小标宋简体', 32)).toContain('<w:color w:val="FF0000"/>');
    expectStyle('WenshuCopyTo', 'Wenshu 抄送', '仿宋_GB2312', 28);
    expectStyle('WenshuPrinter', 'Wenshu 印发机关', '仿宋_GB2312', 28);
    expectStyle('WenshuPageNumber', 'Wenshu 页码', '宋体', 28);
    // Every style the parts refer to exists.
    for (const [name, xml] of parts) {
      for (const m of xml.matchAll(/w:(?:pStyle|rStyle) w:val="([^"]+)"/g)) {
        expect({ name, style: m[1], defined: styles.includes(`w:styleId="${m[1]}"`) }).toEqual({ name, style: m[1], defined: true });
      }
    }
  });

  it('declares a fallback for every face in the font table: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 华文中宋 → 宋体', () => {
    const fonts = part('word/fontTable.xml');
    const alt = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(fonts)?.[1];
    expect([alt('仿宋_GB2312'), alt('仿宋')]).toEqual(['仿宋', 'FangSong']);
    expect([alt('方正小标宋简体'), alt('华文中宋'), alt('宋体')]).toEqual(['华文中宋', '宋体', 'SimSun']);
    expect([alt('楷体_GB2312'), alt('楷体')]).toEqual(['楷体', 'KaiTi']);
    expect(alt('黑体')).toBe('SimHei');
    expect(fonts.match(/<w:charset w:val="86"\/>/g)?.length).toBe(fonts.match(/<w:font /g)?.length);
  });

  it('puts the red line under 发文字号 and the 版记 in a frame on the foot of the type area', () => {
    const doc = part('word/document.xml');
    const number = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('某政办发〔2024〕7号')), doc.indexOf('某政办发〔2024〕7号'));
    expect(number).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/>/);
    const record = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('抄送：')), doc.indexOf('抄送：'));
    expect(record).toMatch(/<w:framePr w:w="8844" w:hAnchor="margin" w:vAnchor="margin" w:xAlign="center" w:yAlign="bottom"/);
    const styles = part('word/styles.xml');
    expect(element(styles, 'w:style', 'w:styleId', 'WenshuCopyTo')).toMatch(/<w:pBdr><w:top [^>]*w:sz="8"[^>]*\/><w:bottom [^>]*w:sz="8"[^>]*\/><w:between [^>]*w:sz="6"[^>]*\/><\/w:pBdr>/);
  });

  it('keeps a table of the body as a table as wide as the type area, its header row in 黑体', async () => {
    const table = {
      type: 'table' as const,
      header: true,
      rows: [
        [[{ text: '项目' }], [{ text: '金额' }]],
        [[{ text: '冲锋舟' }], [{ text: '120万元', bold: true }]],
      ],
    };
    const doc = unzip(await buildOfficialDocx({ ...requestSample, body: [table] })).get('word/document.xml') ?? '';
    expect(doc).toMatch(/<w:tbl>.*<w:tblW w:type="dxa" w:w="8844"\/>/);
    expect(doc.match(/<w:pStyle w:val="WenshuTable"\/>/g)).toHaveLength(4);
    expect(doc).toMatch(/w:eastAsia="黑体"[^]*?项目/);
    expect(doc).toMatch(/<w:b\/>[^]*?120万元/);
  });

  it('sets a 请示\'s 签发人 name in 楷体 after a tab stop, on the 发文字号 line', async () => {
    const doc = unzip(await buildOfficialDocx(requestSample)).get('word/document.xml') ?? '';
    const line = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('某应急〔2024〕12号')), doc.indexOf('</w:p>', doc.indexOf('王建国')));
    expect(line).toMatch(/<w:tabs><w:tab w:val="left" w:pos="\d+"\/><\/w:tabs>/);
    expect(line).toMatch(/<w:ind w:left="0" w:right="0" w:firstLine="316"\/>/);
    expect(line).toContain('<w:tab/><w:t xml:space="preserve">签发人：</w:t>');
    expect(line).toMatch(/w:eastAsia="楷体_GB2312"[^]*王建国/);
  });
});
