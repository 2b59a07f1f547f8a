import { MAX_SUGGESTED_INTENTS, parseReplyIntents } from '../../../addin/api/replies.js';

describe('the suggested-replies answer', () => {
  it('keeps known intents once each, at most three, with their labels', () => {
    const parsed = parseReplyIntents(
      {
        language: 'en-US',
        intents: [
          { intent: 'apologise', label: 'Apologise' },
          { intent: 'apologise', label: 'Again' },
          { intent: 'delete_account', label: 'Not an intent' },
          { intent: 'ask_details', label: { 'en-US': 'Ask for details', 'zh-CN': '询问详情' } },
          { intent: 'thank', label: 'Thank' },
          { intent: 'confirm', label: 'Confirm' },
        ],
        subject: 'Re: Late order',
        questions: ['When will it arrive?', '', 42],
      },
      'zh-CN',
    );
    expect(parsed.language).toBe('en-US');
    expect(parsed.intents).toEqual([
      { intent: 'apologise', label: 'Apologise' },
      { intent: 'ask_details', label: 'Ask for details' },
      { intent: 'thank', label: 'Thank' },
    ]);
    expect(parsed.intents).toHaveLength(MAX_SUGGESTED_INTENTS);
    expect(parsed.subject).toBe('Re: Late order');
    expect(parsed.questions).toEqual(['When will it arrive?']);
  });

  it('falls back to the pane language and empty lists for a malformed answer', () => {
    expect(parseReplyIntents({ language: 'fr-FR', intents: 'all' }, 'zh-CN')).toEqual({ language: 'zh-CN', intents: [], subject: '', questions: [] });
    expect(parseReplyIntents(null, 'en-US')).toEqual({ language: 'en-US', intents: [], subject: '', questions: [] });
  });
});
