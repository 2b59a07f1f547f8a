import { detectStructure, docTypeFromTitle, type Role } from '../../../../src/core/officialdoc/review/index.js';
import { MINUTES, NOTICE, REQUEST, WENSHU_DRAFT } from './documents.js';

const roleOf = (doc: readonly string[], scope: 'document' | 'selection' = 'document') => {
  const s = detectStructure(doc, scope);
  return (text: string): Role => {
    const p = s.paragraphs.find((x) => x.text === text);
    if (!p) throw new Error(`no paragraph ${text}`);
    return p.role;
  };
};

describe('paragraph roles are recognised in hand-typed documents', () => {
  it('finds every part of a notice: 版头, title, addressees, headings, 附件说明, signature, date, 附注, attachments, 版记', () => {
    const role = roleOf(NOTICE);
    expect(role('××市人民政府办公室文件')).toBe('header');
    expect(role('×政办发〔2024〕15号')).toBe('docNumber');
    expect(role('××市人民政府办公室关于做好2024年防汛抗旱工作的通知')).toBe('title');
    expect(role('各区人民政府，市政府各委、办、局，各有关单位：')).toBe('addressee');
    expect(role('　　一、压实防汛责任')).toBe('heading');
    expect(role('　　1.储备编织袋5万条、救生衣2000件、冲锋舟20艘；')).toBe('heading');
    expect(role('　　附件：1.2024年防汛重点部位责任人名单')).toBe('attachmentNote');
    expect(role('　　　　　2.防汛物资储备情况统计表')).toBe('attachmentNote');
    expect(role('××市人民政府办公室')).toBe('signature');
    expect(role('　　　　　　　　　　　　　　　　2024年5月20日')).toBe('date');
    expect(role('（此件公开发布）')).toBe('note');
    expect(role('附件1')).toBe('attachmentLabel');
    expect(role('2024年防汛重点部位责任人名单')).toBe('attachmentTitle');
    expect(role('抄送：市委办公室，市人大常委会办公室，市政协办公室。')).toBe('cc');
    expect(role('××市人民政府办公室　　　　　　　　　　2024年5月20日印发')).toBe('printed');
    expect(detectStructure(NOTICE, 'document').docType).toBe('通知');
  });

  it('reads the 发文字号 line that also names the signer, and the contact 附注 of a request', () => {
    const role = roleOf(REQUEST);
    expect(role('×财发〔2024〕8号　　　　　　　　　　签发人：王建国')).toBe('docNumber');
    expect(role('（联系人：李明，联系电话：0571-85001234）')).toBe('note');
    expect(detectStructure(REQUEST, 'document').docType).toBe('请示');
  });

  it('reads attendance lines of minutes and placeholders left in a Wenshu draft', () => {
    expect(roleOf(MINUTES)('　　出席：王××　李××　张××　赵××')).toBe('attendance');
    const role = roleOf(WENSHU_DRAFT);
    expect(role('【发文字号】')).toBe('header');
    expect(role('××区卫生健康局关于增设社区卫生服务站的请示')).toBe('title');
    expect(role('【成文日期】')).toBe('date');
  });

  it('takes a title typed on two lines as one title', () => {
    const doc = ['××市人民政府关于进一步加强', '安全生产工作的通知', '', '各区人民政府：', '　　为……，现通知如下：'];
    const s = detectStructure(doc, 'document');
    expect(s.title).toEqual([0, 1]);
    expect(s.docType).toBe('通知');
    expect(s.paragraphs[3]!.role).toBe('addressee');
  });

  it('does not take a body sentence, a heading or 特此报告 for a title in a selection', () => {
    for (const first of ['　　特此报告。', '　　一、关于城市更新工作的报告', '　　会议听取了有关情况的报告。']) {
      expect(detectStructure([first, '　　正文。'], 'selection').title).toEqual([]);
    }
  });

  it('names the kind of document from the end of the title', () => {
    expect(docTypeFromTitle('××市财政局关于申请安排补助资金的请示')).toBe('请示');
    expect(docTypeFromTitle('××县人民政府常务会议纪要')).toBe('纪要');
    expect(docTypeFromTitle('××市教育局关于商请支持研学活动的复函')).toBe('函');
    expect(docTypeFromTitle('关于2024年上半年工作情况的报告。')).toBe('报告');
    expect(docTypeFromTitle('××市城市更新实施方案')).toBeUndefined();
    expect(detectStructure(['　　会议强调：'], 'selection', '会议纪要').docType).toBe('纪要');
    expect(detectStructure(['经济和信息化局关于开展专项检查的通知', '各区经信局：'], 'document').docType).toBe('通知');
  });

  it('does not take the issuing office under a 纪要 title for addressees without a colon', () => {
    const doc = ['××市人民政府常务会议纪要', '××市人民政府办公室', '2024年6月20日', '', '　　2024年6月18日，市长主持召开会议。现纪要如下：'];
    expect(detectStructure(doc, 'document').paragraphs.map((p) => p.role).slice(0, 3)).toEqual(['title', 'signature', 'date']);
  });
});
