import { OFFICIAL_LIMITS, checkOfficialDocument, officialDocumentSchema, type OfficialDocument } from '../../../src/core/officialdoc/document.js';
import { issuesToProblems } from '../../../src/core/templates/issues.js';
import { noticeSample, requestSample } from '../../server/officialdoc/samples.js';

const problemsOf = (input: unknown) => {
  const r = officialDocumentSchema.safeParse(input);
  return r.success ? [] : issuesToProblems(r.error.issues, input);
};

describe('the OfficialDocument schema', () => {
  it('accepts the sample 通知 and 请示 as they are', () => {
    expect(officialDocumentSchema.parse(noticeSample)).toEqual(noticeSample);
    expect(officialDocumentSchema.parse(requestSample)).toEqual(requestSample);
    expect(checkOfficialDocument(noticeSample)).toEqual([]);
    expect(checkOfficialDocument(requestSample)).toEqual([]);
  });

  it('names the field of each shape error', () => {
    const problems = problemsOf({
      ...noticeSample,
      type: '通知',
      copyNumber: '1234567',
      secrecy: { level: '内部' },
      docNumber: { code: 'X发', year: 24, seq: 1 },
      body: [{ type: 'heading', level: 5, content: [] }],
      extra: true,
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['body[0].level', 'copyNumber', 'docNumber.year', 'extra', 'secrecy.level', 'type']);
  });

  it('allows 签发人 on upward documents only', () => {
    expect(checkOfficialDocument({ ...requestSample, signers: ['甲', '乙'] })).toEqual([]);
    expect(checkOfficialDocument({ ...noticeSample, type: 'opinion', signers: ['甲'] })).toEqual([]);
    const [problem] = checkOfficialDocument({ ...noticeSample, signers: ['甲'] });
    expect(problem).toMatchObject({ path: 'signers', code: 'signer_not_upward' });
    expect(problem!.message['en-US']).toContain('Notice (通知)');
  });

  it('refuses dates that are not on the calendar and a body too long for one document', () => {
    const paths = checkOfficialDocument({ ...noticeSample, date: '2023-02-29', printDate: '2024-13-01' }).map((p) => p.path);
    expect(paths).toEqual(['date', 'printDate']);
    const text = '字'.repeat(OFFICIAL_LIMITS.textChars);
    const long: OfficialDocument = { ...noticeSample, body: Array.from({ length: 11 }, () => ({ type: 'paragraph' as const, content: [{ text }] })) };
    expect(checkOfficialDocument(long).map((p) => p.code)).toEqual(['too_long']);
  });
});
