import { WenshuError } from '../../../../src/core/errors/codes.js';
import { applyFix, applyFixes, HOUSE_RULE_IDS, listRules, reviewDocument, type Finding } from '../../../../src/core/officialdoc/review/index.js';
import { LETTER, NOTICE, REPORT, REQUEST } from './documents.js';
import { edit, insertAfter, review, without } from './helpers.js';

/** One broken document per rule: every rule the admin list shows must be able to fire. */
const BREAKERS: Record<string, readonly string[]> = {
  'gbt9704.doc-number-format': edit(REQUEST, '〔2024〕8号', '[2024]8号'),
  'gbt9704.date-format': edit(REQUEST, '2024年3月15日', '2024-3-15'),
  'gbt9704.date-zero-padding': edit(NOTICE, '6月1日前', '06月01日前'),
  'tiaoli.title-end-punctuation': edit(REPORT, '工作情况的报告', '工作情况的报告。'),
  'gbt9704.addressee-colon': edit(REPORT, '县人民政府：', '县人民政府:'),
  'gbt9704.heading-sequence': edit(REPORT, '三、下一步', '五、下一步'),
  'gbt9704.heading-separator': edit(REPORT, '二、存在的问题', '二.存在的问题'),
  'gbt9704.heading-level-order': edit(REPORT, '　　一、主要工作及成效', '　　1.主要工作及成效'),
  'gbt9704.attachment-note-numbering': edit(LETTER, '2.研学实践活动', '3.研学实践活动'),
  'gbt9704.attachment-note-punctuation': edit(LETTER, '2.研学实践活动日程安排', '2.研学实践活动日程安排；'),
  'gbt9704.attachment-match': edit(LETTER, '1.研学实践基地名单', '1.研学基地名单'),
  'tiaoli.request-one-matter': insertAfter(REQUEST, '　　妥否，请批示。', '　　另，恳请批准我局购置公务用车1辆。'),
  'gbt9704.request-contact-note': without(REQUEST, '（联系人：李明，联系电话：0571-85001234）'),
  'tiaoli.report-no-request': edit(REPORT, '特此报告。', '妥否，请批示。'),
  'gbt9704.fullwidth-punctuation': edit(REPORT, '薄弱，个别', '薄弱,个别'),
  'house.repeated-punctuation': edit(REPORT, '总体平稳。', '总体平稳。。'),
  'house.duplicated-character': edit(REPORT, '我局认真', '我局的的认真'),
  'house.space-in-chinese': edit(REPORT, '存在的问题', '存在的 问题'),
};

describe('the review API', () => {
  it('lists each rule once, with a stable id, its source, both names and a citation', () => {
    const rules = listRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id.startsWith(`${rule.source}.`)).toBe(true);
      expect(rule.name['zh-CN'] && rule.name['en-US']).toBeTruthy();
      expect(rule.citation['zh-CN'] && rule.citation['en-US']).toBeTruthy();
      expect(rule.switchable).toBe(rule.source === 'house');
    }
    expect(HOUSE_RULE_IDS).toEqual(rules.filter((r) => r.source === 'house').map((r) => r.id));
  });

  it.each(Object.entries(BREAKERS))('%s fires on a document that breaks it', (ruleId, doc) => {
    const findings = review(doc);
    expect(findings.map((f) => f.ruleId)).toEqual([ruleId]);
  });

  it('has a breaking example for every listed rule', () => {
    expect(Object.keys(BREAKERS).sort()).toEqual(listRules().map((r) => r.id).sort());
  });

  it('gives every finding its span, text, source, citation and a message in both languages', () => {
    for (const [ruleId, doc] of Object.entries(BREAKERS)) {
      for (const f of review(doc)) {
        const rule = listRules().find((r) => r.id === ruleId)!;
        expect(f.source).toBe(rule.source);
        expect(f.end).toBeGreaterThan(f.start);
        expect(doc[f.paragraph]!.slice(f.start, f.end)).toBe(f.text);
        expect(f.message['zh-CN']).toMatch(/\p{Script=Han}/u);
        expect(f.message['en-US']).toMatch(/[A-Za-z]{3,}/);
        expect(f.citation['zh-CN'] && f.citation['en-US']).toBeTruthy();
      }
    }
  });

  it('runs no document-only rule in a selection', () => {
    const documentOnly = listRules().filter((r) => !r.scopes.includes('selection')).map((r) => r.id);
    expect(documentOnly).toEqual(expect.arrayContaining(['gbt9704.request-contact-note', 'tiaoli.request-one-matter', 'gbt9704.attachment-match']));
    for (const doc of Object.values(BREAKERS)) {
      expect(review(doc, 'selection').filter((f) => documentOnly.includes(f.ruleId))).toEqual([]);
    }
  });

  it('applies one fix and returns a new array, leaving the input as it was', () => {
    const broken = edit(REQUEST, '2024年3月15日', '2024年03月15日');
    const [finding] = review(broken);
    const fixed = applyFix(broken, finding!);
    expect(fixed).toEqual(REQUEST);
    expect(broken).not.toEqual(REQUEST);
  });

  it('refuses a fix when the text changed since the review', () => {
    const broken = edit(REQUEST, '2024年3月15日', '2024年03月15日');
    const [finding] = review(broken);
    const changed = edit(broken, '2024年03月15日', '2024年03月16日');
    expect(() => applyFix(changed, finding!)).toThrow(WenshuError);
    try {
      applyFix(changed, finding!);
    } catch (error) {
      expect((error as WenshuError).code).toBe('review_fix_stale');
      expect((error as WenshuError).messageIn('zh-CN')).toContain('重新检查');
    }
    const noFix = review(without(REQUEST, '（联系人：李明，联系电话：0571-85001234）'))[0] as Finding;
    expect(() => applyFix(REQUEST, noFix)).toThrow(TypeError);
  });

  it('applies all fixes of a messy paragraph at once and keeps what it cannot apply for later', () => {
    const messy = ['　　请各单位于2024年07月03日前报送材料,逾期不候!!联系人:张三(办公室)。'];
    const findings = reviewDocument({ paragraphs: messy, scope: 'selection' });
    const { paragraphs, applied, skipped } = applyFixes(messy, findings);
    expect(paragraphs).toEqual(['　　请各单位于2024年7月3日前报送材料，逾期不候！联系人：张三（办公室）。']);
    expect(applied.length + skipped.length).toBe(findings.length);
    expect(reviewDocument({ paragraphs, scope: 'selection' })).toEqual([]);
  });

  it('never offers two fixes over the same characters', () => {
    for (const doc of Object.values(BREAKERS)) {
      const fixes = review(doc).filter((f) => f.fix);
      for (const a of fixes) {
        for (const b of fixes) {
          if (a !== b && a.paragraph === b.paragraph) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        }
      }
    }
  });
});
