/** The version diff shows only the parts that changed, fields one by one. */
import { versionChanges } from '../../../../addin/features/admin/versions/version-changes.js';
import { testTemplate } from '../../../server/fixtures.js';

describe('version diff', () => {
  it('finds nothing between identical versions', () => {
    expect(versionChanges(testTemplate(), testTemplate())).toEqual([]);
  });

  it('shows a changed prompt as text and a changed name as JSON, in reading order', () => {
    const after = testTemplate({ prompt: '请起草一份关于{{ subject }}的紧急通知。', name: { 'zh-CN': '新通知' } });
    const changes = versionChanges(testTemplate(), after);
    expect(changes.map((c) => c.part)).toEqual(['name', 'prompt']);
    expect(changes[1]).toEqual({ part: 'prompt', key: 'prompt', before: '请起草一份关于{{ subject }}的通知。', after: '请起草一份关于{{ subject }}的紧急通知。' });
    expect(changes[0]!.after).toBe(JSON.stringify({ 'zh-CN': '新通知' }, null, 2));
  });

  it('matches fields by key: one changed field, one added, one removed, and a new order', () => {
    const [subject, copies, urgency] = testTemplate().fields;
    const after = testTemplate({
      fields: [urgency, { ...subject!, required: false }, { key: 'signer', type: 'text', label: { 'zh-CN': '签发人' } }],
    });
    void copies;
    const parts = versionChanges(testTemplate(), after).map((c) => c.part);
    expect(parts).toEqual(['fields › subject', 'fields › signer', 'fields › copies', 'fields (order)']);
    const removed = versionChanges(testTemplate(), after).find((c) => c.key === 'copies')!;
    expect(removed.after).toBe('');
    expect(removed.before).toContain('"key": "copies"');
  });

  it('shows a property that only one side has', () => {
    const changes = versionChanges(testTemplate(), testTemplate({ tags: ['会议'] }));
    expect(changes).toEqual([{ part: 'tags', key: 'tags', before: '', after: JSON.stringify(['会议'], null, 2) }]);
  });
});

describe('version diff against what the gateway stored', () => {
  it('does not report defaults the gateway filled in or its key order as changes', () => {
    const typed = testTemplate({ fields: [{ key: 'subject', type: 'text', label: { 'zh-CN': '事由' } }], outline: undefined, placeholders: undefined, instructions: undefined });
    const stored = {
      ...testTemplate({ outline: [], placeholders: [], instructions: '' }),
      fields: [{ key: 'subject', label: { 'zh-CN': '事由' }, required: false, type: 'text' }],
    };
    expect(versionChanges(stored, typed)).toEqual([]);
  });
});
