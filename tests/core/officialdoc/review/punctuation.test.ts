import { brief, fixAll, review } from './helpers.js';

const sel = (text: string) => review([text], 'selection');

describe('half-width punctuation in Chinese text', () => {
  it.each([
    [',', '请各单位认真落实,确保按时完成。', '请各单位认真落实，确保按时完成。'],
    [';', '一要落实责任;二要加强检查。', '一要落实责任；二要加强检查。'],
    [':', '联系电话:0571-87654321。', '联系电话：0571-87654321。'],
    ['?', '是否同意?', '是否同意？'],
    ['!', '祝贺大会圆满成功!', '祝贺大会圆满成功！'],
    ['( )', '《××市农村公路养护管理办法(试行)》', '《××市农村公路养护管理办法（试行）》'],
    ['"', '落实"一处一案"要求。', '落实“一处一案”要求。'],
    ["'", "他说：“要做到'三个到位'。”", '他说：“要做到‘三个到位’。”'],
  ])('marks %s and fixes it to full-width', (_mark, written, fixed) => {
    const findings = sel(written);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === 'gbt9704.fullwidth-punctuation' && f.fix)).toBe(true);
    expect(fixAll([written], 'selection')).toEqual([fixed]);
  });

  it('names the mark and its replacement in both languages', () => {
    const [f] = sel('各单位要认真落实,确保完成。');
    expect(f!.text).toBe(',');
    expect(f!.message['zh-CN']).toBe('中文行文中的半角“,”应改为全角“，”。');
    expect(f!.message['en-US']).toContain('full-width ，');
  });

  it('takes the space an English habit leaves after a comma along with it', () => {
    expect(fixAll(['认真落实, 确保完成。'], 'selection')).toEqual(['认真落实，确保完成。']);
  });

  it('marks a comma that follows a number and leads into Chinese', () => {
    expect(brief(sel('共检查企业1286家,发现隐患3542处。'))).toEqual(['gbt9704.fullwidth-punctuation ,']);
  });

  it('mends a bracket pair typed half in each width', () => {
    expect(fixAll(['（联系人：张三,电话：12345678)'], 'selection')).toEqual(['（联系人：张三，电话：12345678）']);
  });

  it.each([
    ['a link', '详见https://www.example.gov.cn/a?b=1,2;c=3:4!x 网页。'],
    ['an e-mail address', '请发送至zhang.san@example.gov.cn邮箱。'],
    ['a time', '会议于上午9:30开始。'],
    ['a ratio', '男女比例为3:2。'],
    ['thousands', '共计1,286家企业。'],
    ['a decimal', '增长3.5%。'],
    ['an English phrase', '采用Windows, macOS and Linux三种系统。'],
    ['an apostrophe', "引用原文：it's done。"],
    ['a function call', '调用f(x)计算。'],
  ])('leaves %s alone', (_what, text) => {
    expect(sel(text)).toEqual([]);
  });

  it('leaves an English paragraph alone', () => {
    expect(sel('We met on Monday (9:30), agreed on "next steps"; any questions? Call us!')).toEqual([]);
  });
});
