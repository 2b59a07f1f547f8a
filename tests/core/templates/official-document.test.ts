/**
 * Building the whole 公文 from a built-in template, the clerk's form and the model's body: the
 * header and closing come from the form only, whatever the model wrote; the body keeps every
 * line of the body and nothing else.
 */
import { readFileSync } from 'node:fs';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { Block } from '../../../src/core/blocks/types.js';
import { layoutOfficialDocument } from '../../../src/core/officialdoc/layout.js';
import { buildOfficialDocument, officialBodyFor, officialFormProblems } from '../../../src/core/templates/official-document.js';
import { templateSchema, type FieldValue, type Template } from '../../../src/core/templates/schema.js';

const load = (id: string): Template => templateSchema.parse(JSON.parse(readFileSync(new URL(`../../../assets/templates/${id}.json`, import.meta.url), 'utf8')));
const request = load('official-request');
const letter = load('official-letter');
const minutes = load('official-minutes');
const notice = load('official-notice');

const FORM: Record<string, FieldValue> = {
  issuer: '某市应急管理局',
  recipient: '市人民政府',
  requestType: '请求批准',
  subject: '增拨防汛抢险专项经费',
  reasons: '今年入汛以来降雨偏多。',
  request: '增拨经费300万元。',
  attachments: ['《防汛物资采购清单》。', '经费测算表'],
  issueDate: '2025-07-18',
  docNumberCode: '某应急',
  docNumberYear: '',
  docNumberSeq: '12',
  signer: '王建国、李强',
  contactName: '张华',
  contactPhone: '010-87654321',
  urgency: '加急',
  secrecy: '无',
  cc: '市财政局，市水务局',
  printer: '某市应急管理局办公室',
  printDate: '2025-07-19',
};

/** A model that ignored its instructions: a title, a made-up number and signer, the closing block. */
const DISOBEDIENT = [
  '# 某市应急管理局关于增拨防汛抢险专项经费的请示',
  '某应急〔2099〕99号　　签发人：假名',
  '签发人：赵六',
  '市人民政府：',
  '今年入汛以来，我市降雨量较常年同期偏多三成，现将有关事项请示如下：',
  '一、申请事项',
  '拟增拨防汛抢险专项经费300万元。',
  '- 采购冲锋舟',
  '- 采购救生衣',
  '妥否，请批示。',
  '附件：1.防汛物资采购清单',
  '2.经费测算表',
  '某市应急管理局',
  '2099年1月1日',
  '（联系人：假人，联系电话：000）',
  '抄送：市委办公室。',
].join('\n\n');

const texts = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.content.map((r) => r.text).join('')).join('|') : b.type === 'table' ? 'table' : b.content.map((r) => r.text).join('')));

function build(template: Template, form: Record<string, FieldValue>, body: string) {
  const result = buildOfficialDocument(template, form, parseBlocks(body));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('buildOfficialDocument', () => {
  it('takes every header and closing element from the form, ignoring the ones the model made up', () => {
    const doc = build(request, FORM, DISOBEDIENT);
    const { body, ...header } = doc;
    expect(header).toEqual({
      type: 'request',
      issuerMark: '某市应急管理局文件',
      title: '某市应急管理局关于增拨防汛抢险专项经费的请示',
      date: '2025-07-18',
      urgency: '加急',
      docNumber: { code: '某应急', year: 2025, seq: 12 },
      signers: ['王建国', '李强'],
      recipients: '市人民政府',
      attachments: ['防汛物资采购清单', '经费测算表'],
      issuerSignature: '某市应急管理局',
      note: '联系人：张华，联系电话：010-87654321',
      copyTo: ['市财政局', '市水务局'],
      printer: '某市应急管理局办公室',
      printDate: '2025-07-19',
    });
    // The body is the body: the title, the fake number and signers, the addressee and the closing block are gone.
    expect(texts(body)).toEqual(['今年入汛以来，我市降雨量较常年同期偏多三成，现将有关事项请示如下：', '一、申请事项', '拟增拨防汛抢险专项经费300万元。', '采购冲锋舟|采购救生衣', '妥否，请批示。']);
    expect(JSON.stringify(doc)).not.toMatch(/2099|假名|赵六|假人/);
  });

  it('lays out as GB/T 9704 with the number and the signer from the form on the header line', () => {
    const layout = layoutOfficialDocument(build(request, FORM, DISOBEDIENT));
    const line = layout.items.find((i) => i.kind === 'paragraph' && i.element === 'docNumber');
    expect(line?.kind === 'paragraph' ? line.runs.map((r) => r.text).join('') : '').toBe('某应急〔2025〕12号\t签发人：王建国　李强');
    const titles = layout.items.filter((i) => i.kind === 'paragraph' && i.element === 'title');
    expect(titles).toHaveLength(1);
  });

  it('keeps a body written as asked exactly as it is', () => {
    const body = ['今年入汛以来降雨偏多。', '（一）物资储备', '拟采购冲锋舟10艘。', '| 项目 | 金额 |', '| --- | --- |', '| 冲锋舟 | 100万元 |', '以上请示当否，请批复。'].join('\n\n');
    expect(build(request, FORM, body).body).toEqual(parseBlocks(body));
  });

  it('leaves out 紧急程度 and 密级 set to 无, and writes 密级 with its period', () => {
    const plain = build(request, { ...FORM, urgency: '无' }, '正文。');
    expect(plain.urgency).toBeUndefined();
    expect(plain.secrecy).toBeUndefined();
    const secret = build(request, { ...FORM, secrecy: '机密', secrecyTerm: '1年', copyNumber: 12 }, '正文。');
    expect([secret.secrecy, secret.copyNumber]).toEqual([{ level: '机密', period: '1年' }, '12']);
  });

  it('names a reply letter 复函 and an outgoing one 函, with no 文件 in a letter’s mark', () => {
    const form = { issuer: '某市统计局', recipient: '某市发展改革委', subject: '关于提供2024年度统计数据', content: '同意提供。', issueDate: '2025-07-03' };
    const reply = build(letter, { ...form, direction: '复函' }, '经研究，同意提供。\n\n特此函复。');
    expect([reply.title, reply.issuerMark]).toEqual(['某市统计局关于提供2024年度统计数据的复函', '某市统计局']);
    expect(build(letter, { ...form, direction: '去函' }, '请予函复。').title).toBe('某市统计局关于提供2024年度统计数据的函');
  });

  it('titles minutes after the meeting and marks them 会议纪要, with neither addressee nor signature', () => {
    const doc = build(minutes, { issuer: '某市人民政府办公室', meetingName: '市政府第8次常务会议', issueDate: '2025-07-03' }, '会议听取了汇报。\n\n出席：王五、赵六');
    expect([doc.title, doc.issuerMark, doc.recipients, doc.issuerSignature]).toEqual(['市政府第8次常务会议纪要', '某市人民政府办公室会议纪要', undefined, undefined]);
    expect(texts(doc.body)).toEqual(['会议听取了汇报。', '出席：王五、赵六']);
  });

  it('uses a mark typed in the form as it is', () => {
    expect(build(notice, { issuer: '某市人民政府办公室', recipients: '各区人民政府', subject: '做好汛期安全生产工作', issueDate: '2025-07-03', issuerMark: '某市人民政府办公室文件' }, '正文。').issuerMark).toBe('某市人民政府办公室文件');
  });
});

describe('officialFormProblems: what the clerk must fix in the form first', () => {
  it('is empty for a complete form', () => {
    expect(officialFormProblems(request, FORM)).toEqual([]);
  });

  it('asks for a date and a subject, under their own fields, in both languages', () => {
    const problems = officialFormProblems(request, { ...FORM, issueDate: '', subject: '' });
    expect(problems.map((p) => p.path)).toEqual(['fields.subject', 'fields.issueDate']);
    expect(problems[1]?.message['zh-CN']).toContain('成文日期');
    expect(problems[1]?.message['en-US']).toContain('Date of issue');
  });

  it('wants a 发文字号 whole or not at all, and its sequence number without 第 or letters', () => {
    expect(officialFormProblems(request, { ...FORM, docNumberSeq: '' }).map((p) => p.path)).toEqual(['fields.docNumberSeq']);
    expect(officialFormProblems(request, { ...FORM, docNumberCode: '' }).map((p) => p.path)).toEqual(['fields.docNumberCode']);
    expect(officialFormProblems(request, { ...FORM, docNumberSeq: '第12' }).map((p) => p.path)).toEqual(['fields.docNumberSeq']);
    // Empty altogether: the line stays blank for the registry.
    const unnumbered = build(request, { ...FORM, docNumberCode: '', docNumberSeq: '' }, '正文。');
    expect(unnumbered.docNumber).toBeUndefined();
  });

  it('puts a value too long for the document under the field that supplied it', () => {
    const result = buildOfficialDocument(request, { ...FORM, issuerMark: '很'.repeat(60) }, parseBlocks('正文。'));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['fields.issuerMark']);
  });
});

describe('officialBodyFor', () => {
  it('keeps marks on the blocks it keeps: it filters, it never rewrites', () => {
    const blocks = parseBlocks(DISOBEDIENT);
    const kept = officialBodyFor(request, FORM, blocks);
    for (const block of kept) expect(blocks).toContain(block);
  });

  it('drops placeholders the model wrote for header parts, but not those for facts of the body', () => {
    const body = ['【发文字号】', '【签发人】', '拟采购【具体数字】艘冲锋舟。', '【成文日期】'].join('\n\n');
    expect(texts(officialBodyFor(request, FORM, parseBlocks(body)))).toEqual(['拟采购【具体数字】艘冲锋舟。']);
  });
});
