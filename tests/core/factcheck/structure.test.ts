import { marked } from './helpers.js';

describe('findUnverified leaves structure, placeholders and prose numerals alone', () => {
  it('does not mark Chinese section and list markers', () => {
    const draft = '一、总体要求\n（一）指导思想\n(二)基本原则\n1. 坚持问题导向\n2、强化责任落实\n（1）细化分工\n十一、其他事项';
    expect(marked(draft, [])).toEqual([]);
  });

  it('does not mark markdown list numbers, headings numbered in the text or table row numbers', () => {
    const draft = '## 2. 工作安排\n- 1) 准备\n10. 收尾\n| 序号 | 项目 |\n| --- | --- |\n| 1 | 设备 |\n| 2 | 培训 |';
    expect(marked(draft, [])).toEqual([]);
  });

  it('does not mark 第一/第二 enumerations or small ordinal words in prose', () => {
    const draft = '第一，加强领导；第二，压实责任。一是高度重视，二是按时参会。一方面要抓好落实，另一方面要加强督查。';
    expect(marked(draft, [])).toEqual([]);
    expect(marked('This is one of the first steps; the second comes next, then the 2nd review.', [])).toEqual([]);
  });

  it('does not mark idioms and adverbs built from numerals', () => {
    expect(marked('此事十分重要，千万不要拖延，以防万一，确保万无一失，做到三个方面、两个维护。', [])).toEqual([]);
  });

  it('still marks larger ordinals, which state a fact', () => {
    expect(marked('第十二届运动会', [])).toEqual(['number:第十二']);
  });

  it('does not mark placeholders the model writes on purpose, nor what is inside them', () => {
    const draft = '【发文字号】\n拨付资金【金额】万元，于【2024年X月X日】前到位。Dear [Customer name], see [1].';
    expect(marked(draft, [])).toEqual([]);
  });

  it('does not mark a document number that is in the sources', () => {
    expect(marked('京政发〔2024〕7号', ['发文字号：京政发〔2024〕7号'])).toEqual([]);
  });

  it('does not mark a year inside a 《》 title that is in the sources', () => {
    expect(marked('请认真学习《2024年安全生产工作要点》。', ['附：《2024年安全生产工作要点》'])).toEqual([]);
  });

  it('does not mark quoted sentences as names, but checks the facts inside them', () => {
    expect(marked('他强调：“我们要把工作做好，确保万无一失。”', [])).toEqual([]);
    expect(marked('He said "we will refund you within 5 days, no questions asked."', [])).toEqual(['number:5']);
  });

  it('does not mark 24/7', () => {
    expect(marked('Support is available 24/7.', [])).toEqual([]);
  });
});
