import { NOTICE, REQUEST } from './documents.js';
import { brief, edit, fixAll, review } from './helpers.js';

const TITLE = '××市人民政府办公室关于做好2024年防汛抗旱工作的通知';
const ADDRESSEES = '各区人民政府，市政府各委、办、局，各有关单位：';

describe('title, addressees and document number', () => {
  it.each(['。', '，', '；', '：', '.'])('removes %s at the end of the title', (mark) => {
    const broken = edit(NOTICE, TITLE, `${TITLE}${mark}`);
    const findings = review(broken).filter((f) => f.ruleId === 'tiaoli.title-end-punctuation');
    expect(findings.map((f) => f.text)).toEqual([mark]);
    expect(findings[0]!.source).toBe('tiaoli');
    expect(fixAll(broken)).toEqual(NOTICE);
  });

  it('keeps 》 and ） at the end of a title', () => {
    expect(review(['××省交通运输厅关于印发《××省农村公路养护管理办法（试行）》', '', '各市交通运输局：', '　　现印发给你们。'])).toEqual([]);
  });

  it('marks the end of a title typed on two lines', () => {
    const doc = ['××市人民政府关于进一步加强', '安全生产工作的通知。', '', '各区人民政府：', '　　现通知如下：'];
    expect(brief(review(doc))).toEqual(['tiaoli.title-end-punctuation 。']);
  });

  it('puts a full-width colon after the addressees', () => {
    const half = edit(NOTICE, ADDRESSEES, ADDRESSEES.replace('：', ':'));
    expect(brief(review(half))).toEqual(['gbt9704.addressee-colon :']);
    expect(fixAll(half)).toEqual(NOTICE);
    const missing = edit(NOTICE, ADDRESSEES, ADDRESSEES.replace('：', ''));
    const findings = review(missing);
    expect(brief(findings)).toEqual(['gbt9704.addressee-colon 位']);
    expect(findings[0]!.citation['zh-CN']).toBe('GB/T 9704-2012 7.3.2（主送机关）');
    expect(fixAll(missing)).toEqual(NOTICE);
  });

  it('fixes a half-width colon after addressees at the top of a selection', () => {
    expect(fixAll(['各区人民政府:', '　　现将有关事项通知如下：'], 'selection')).toEqual(['各区人民政府：', '　　现将有关事项通知如下：']);
  });

  it.each([
    ['[2024]7号', 'half-width brackets'],
    ['［2024］7号', 'full-width square brackets'],
    ['【2024】7号', 'lenticular brackets'],
    ['（2024）7号', 'round brackets'],
    ['(2024)7号', 'half-width round brackets'],
    ['〔2024〕第7号', '第'],
    ['〔2024〕07号', 'a leading zero'],
    ['〔２０２４〕７号', 'full-width digits'],
  ])('fixes a document number written %s (%s) to 〔2024〕7号', (written) => {
    const broken = edit(REQUEST, '〔2024〕8号', written.replace('7', '8').replace('７', '８'));
    const findings = review(broken);
    expect(findings.map((f) => f.ruleId)).toEqual(['gbt9704.doc-number-format']);
    expect(findings[0]!.citation['zh-CN']).toBe('GB/T 9704-2012 7.2.5（发文字号）');
    expect(fixAll(broken)).toEqual(REQUEST);
  });

  it('holds document numbers cited in the text to the same form', () => {
    const text = ['　　根据《关于做好有关工作的通知》（京政发[2023]第012号）要求。'];
    expect(brief(review(text, 'selection'))).toEqual(['gbt9704.doc-number-format [2023]第012号']);
    expect(fixAll(text, 'selection')).toEqual(['　　根据《关于做好有关工作的通知》（京政发〔2023〕12号）要求。']);
  });

  it('leaves bracketed years that are not document numbers alone', () => {
    expect(review(['　　《××市城市更新实施方案（2024—2026年）》已印发，国家税务总局公告2024年第3号同时废止。'], 'selection')).toEqual([]);
  });
});
