import { disabledFrom, parseRetention, settingsPatch, switchesOf, turnsContentOn } from '../../../addin/features/admin/settings/settings-form.js';
import type { ReviewRule } from '../../../addin/api/admin-settings.js';

const saved = { auditContent: false, auditRetentionDays: 180 };

describe('audit settings form', () => {
  test('accepts whole days within the gateway’s limits only', () => {
    expect(parseRetention(' 30 ')).toBe(30);
    expect(parseRetention('0')).toBeUndefined();
    expect(parseRetention('3651')).toBeUndefined();
    expect(parseRetention('7.5')).toBeUndefined();
    expect(parseRetention('')).toBeUndefined();
  });

  test('sends only what changed, and nothing while the days are not valid', () => {
    expect(settingsPatch({ auditContent: false, retention: '180' }, saved)).toEqual({});
    expect(settingsPatch({ auditContent: true, retention: '180' }, saved)).toEqual({ auditContent: true });
    expect(settingsPatch({ auditContent: false, retention: '30' }, saved)).toEqual({ auditRetentionDays: 30 });
    expect(settingsPatch({ auditContent: true, retention: 'abc' }, saved)).toBeUndefined();
  });

  test('knows when the admin is about to start storing text', () => {
    expect(turnsContentOn({ auditContent: true, retention: '180' }, saved)).toBe(true);
    expect(turnsContentOn({ auditContent: true, retention: '180' }, { ...saved, auditContent: true })).toBe(false);
  });
});

describe('house rule switches', () => {
  const rule = (id: string, source: ReviewRule['source'], enabled = true): ReviewRule => ({
    id,
    source,
    name: { 'zh-CN': id, 'en-US': id },
    citation: { 'zh-CN': '', 'en-US': '' },
    switchable: source === 'house',
    enabled,
  });
  const rules = [rule('gbt9704.date-format', 'gbt9704'), rule('house.space-in-chinese', 'house', false), rule('house.duplicated-character', 'house')];

  test('start from what the gateway says is on', () => {
    expect(switchesOf(rules)).toEqual({ 'house.space-in-chinese': false, 'house.duplicated-character': true });
  });

  test('send the house rules switched off, sorted, never a standard rule', () => {
    const switches = { 'house.space-in-chinese': false, 'house.duplicated-character': false, 'gbt9704.date-format': false };
    expect(disabledFrom(rules, switches)).toEqual(['house.duplicated-character', 'house.space-in-chinese']);
  });
});
