import { REPORT, REQUEST } from './documents.js';
import { brief, edit, insertAfter, review, without } from './helpers.js';

describe('请示: one matter, and a contact line', () => {
  it('marks a request that asks for two things in separate paragraphs, without a fix', () => {
    const broken = insertAfter(REQUEST, '　　恳请市政府批准从市级预备费中安排补助资金1800万元。', '　　同时，请予批准增加我局事业编制3名。');
    const findings = review(broken);
    expect(brief(findings)).toEqual(['tiaoli.request-one-matter 同时，请予批准增加我局事业编制3名。']);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.source).toBe('tiaoli');
    expect(findings[0]!.citation['zh-CN']).toBe('《党政机关公文处理工作条例》第十五条');
    expect(findings[0]!.message['zh-CN']).toContain('一文一事');
    expect(findings[0]!.message['en-US']).toContain('one matter');
  });

  it('does not count the closing formula or the 请示如下 lead-in as asks', () => {
    expect(review(REQUEST)).toEqual([]);
    const closings = edit(REQUEST, '　　妥否，请批示。', '　　以上请示当否，请批复。');
    expect(review(closings)).toEqual([]);
  });

  it('marks a request without a contact line, at its date', () => {
    const findings = review(without(REQUEST, '（联系人：李明，联系电话：0571-85001234）'));
    expect(brief(findings)).toEqual(['gbt9704.request-contact-note 2024年3月15日']);
    expect(findings[0]!.message['zh-CN']).toContain('联系人和联系电话');
    expect(findings[0]!.citation['zh-CN']).toContain('7.3.6');
  });

  it('marks a contact line without a phone number', () => {
    const findings = review(edit(REQUEST, '（联系人：李明，联系电话：0571-85001234）', '（联系人：李明）'));
    expect(brief(findings)).toEqual(['gbt9704.request-contact-note （联系人：李明）']);
  });

  it('does not ask for a contact line in a selection, nor judge one matter there', () => {
    const fragment = without(REQUEST, '（联系人：李明，联系电话：0571-85001234）');
    expect(review(fragment, 'selection')).toEqual([]);
    expect(review(['　　一、恳请批准立项。', '　　二、请予拨付经费。'], 'selection', '请示')).toEqual([]);
  });

  it('uses the docType the caller gives over the title', () => {
    const untitled = REQUEST.slice(4);
    expect(review(without(untitled, '（联系人：李明，联系电话：0571-85001234）'))).toEqual([]);
    expect(brief(review(without(untitled, '（联系人：李明，联系电话：0571-85001234）'), 'document', '请示'))).toEqual(['gbt9704.request-contact-note 2024年3月15日']);
  });
});

describe('报告 must not carry requests', () => {
  it.each([
    ['妥否，请批示。', '妥否，请批示'],
    ['以上报告如无不妥，请批准。', '请批准'],
    ['恳请批准增加经费50万元。', '恳请批准'],
    ['请予审批。', '请予审批'],
  ])('marks %s in a report', (sentence, marked) => {
    const findings = review(edit(REPORT, '　　特此报告。', '　　' + sentence));
    expect(brief(findings)).toEqual([`tiaoli.report-no-request ${marked}`]);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.message['zh-CN']).toContain('不得夹带请示事项');
  });

  it('does not mark a report that mentions a request made earlier', () => {
    expect(review(edit(REPORT, '　　特此报告。', '　　该项目已报请市政府批准，并经省发展改革委批复。特此报告。'))).toEqual([]);
  });

  it('checks a selection when the caller says it is from a report', () => {
    expect(brief(review(['　　妥否，请批示。'], 'selection', '报告'))).toEqual(['tiaoli.report-no-request 妥否，请批示']);
    expect(review(['　　妥否，请批示。'], 'selection')).toEqual([]);
  });
});
