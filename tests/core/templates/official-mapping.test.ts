/**
 * output.official: the mapping from the parts of a 公文 to form fields is checked when a template
 * is saved, so a typo or a wrong field type is caught by the admin, not by a clerk at Generate.
 */
import type { Problem } from '../../../src/core/errors/codes.js';
import type { TemplateInput } from '../../../src/core/templates/schema.js';
import { validateTemplate } from '../../../src/core/templates/validate.js';
import { noticeTemplate } from './fixture.js';

const text = (key: string) => ({ key, label: { 'zh-CN': key }, type: 'text' as const, maxLength: 60 });

/** The fixture notice with the fields a whole document needs, and a mapping onto them. */
function withMapping(official: Record<string, string>, overrides: Partial<TemplateInput> = {}): TemplateInput {
  const base = noticeTemplate();
  return noticeTemplate({
    fields: [
      ...base.fields,
      text('issuer'),
      text('recipients'),
      { key: 'issueDate', label: { 'zh-CN': '成文日期' }, type: 'date', default: 'today' },
      text('code'),
      { key: 'seq', label: { 'zh-CN': '顺序号' }, type: 'number', integer: true, min: 1 },
      text('signer'),
      { key: 'cc', label: { 'zh-CN': '抄送' }, type: 'list', maxItems: 10, itemMaxLength: 40 },
    ],
    output: { layout: 'official', docType: '通知', official },
    ...overrides,
  });
}

const COMPLETE = { issuer: 'issuer', subject: 'subject', recipients: 'recipients', date: 'issueDate', docNumberCode: 'code', docNumberSeq: 'seq', copyTo: 'cc' };

function problemsOf(input: unknown): Problem[] {
  const result = validateTemplate(input);
  return result.ok ? [] : result.problems;
}

describe('output.official, the header mapping of a whole 公文', () => {
  it('accepts a mapping onto declared fields of fitting types, and keeps it on the saved template', () => {
    const result = validateTemplate(withMapping(COMPLETE));
    expect(result.ok ? result.template.output.official : result.problems).toEqual(COMPLETE);
  });

  it('refuses a part mapped to a field the template does not declare, naming both in each language', () => {
    const problems = problemsOf(withMapping({ ...COMPLETE, printer: 'printingOffice' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'output.official.printer', code: 'unknown_field' });
    expect(problems[0]?.message['en-US']).toContain('"printingOffice"');
    expect(problems[0]?.message['zh-CN']).toContain('“printingOffice”');
  });

  it('refuses a field whose type cannot hold the part (a text field for the date, a list for the issuer)', () => {
    const problems = problemsOf(withMapping({ ...COMPLETE, date: 'code', issuer: 'cc' }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['output.official.issuer', 'field_type_mismatch'],
      ['output.official.date', 'field_type_mismatch'],
    ]);
  });

  it('refuses parts it does not know, and keys that are not field keys', () => {
    const problems = problemsOf(withMapping({ ...COMPLETE, sealColour: 'issuer', recipients: 'Not A Key' }));
    expect(problems.map((p) => p.path).sort()).toEqual(['output.official.recipients', 'output.official.sealColour']);
  });

  it('asks for the parts no document can do without: an issuer, a subject or title, and a date', () => {
    const problems = problemsOf(withMapping({ recipients: 'recipients' }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['output.official.issuer', 'official_part_missing'],
      ['output.official.subject', 'official_part_missing'],
      ['output.official.date', 'official_part_missing'],
    ]);
  });

  it('puts 签发人 only on documents that may go upward: refused on a 通知, accepted on a 请示', () => {
    const notice = problemsOf(withMapping({ ...COMPLETE, signers: 'signer' }));
    expect(notice.map((p) => [p.path, p.code])).toEqual([['output.official.signers', 'signer_not_upward']]);
    expect(notice[0]?.message['zh-CN']).toContain('上行文');
    const request = withMapping({ ...COMPLETE, signers: 'signer' });
    expect(problemsOf({ ...request, output: { layout: 'official', docType: '请示', official: { ...COMPLETE, signers: 'signer' } } })).toEqual([]);
  });

  it('belongs to the official layout with a known kind of document', () => {
    const report = problemsOf(withMapping(COMPLETE, { output: { layout: 'report', docType: '通知', official: COMPLETE } }));
    expect(report.map((p) => p.code)).toEqual(['official_needs_layout']);
    const unknown = problemsOf(withMapping(COMPLETE, { output: { layout: 'official', docType: '周报', official: COMPLETE } }));
    expect(unknown.map((p) => [p.path, p.code])).toEqual([['output.docType', 'official_needs_doc_type']]);
  });

  it('leaves templates without a mapping as they were', () => {
    expect(problemsOf(noticeTemplate())).toEqual([]);
  });
});
