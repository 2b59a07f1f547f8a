import { DEFAULT_REPLY_OPTIONS, loadReplyOptions, sameOptions, saveReplyOptions } from '../../../addin/features/reply/reply-options.js';
import { intentChoices } from '../../../addin/features/reply/intent-choices.js';
import { messageKey } from '../../../addin/features/reply/message-key.js';
import { memoryStore } from '../../../addin/state/storage.js';
import type { MailMessage } from '../../../src/core/email/types.js';

describe('reply tone and length', () => {
  it('start formal and medium, then remember the last choice', () => {
    const store = memoryStore();
    expect(loadReplyOptions(store)).toEqual(DEFAULT_REPLY_OPTIONS);
    saveReplyOptions(store, { tone: 'friendly', length: 'short' });
    expect(loadReplyOptions(store)).toEqual({ tone: 'friendly', length: 'short' });
  });

  it('ignore a stored value the pane does not know', () => {
    const store = memoryStore();
    store.setItem('wenshu.reply.options', JSON.stringify({ tone: 'rude', length: 'short' }));
    expect(loadReplyOptions(store)).toEqual(DEFAULT_REPLY_OPTIONS);
    store.setItem('wenshu.reply.options', '{not json');
    expect(loadReplyOptions(store)).toEqual(DEFAULT_REPLY_OPTIONS);
  });

  it('tell when a draft was written with other settings than the ones chosen now', () => {
    expect(sameOptions({ tone: 'formal', length: 'long' }, { tone: 'formal', length: 'long' })).toBe(true);
    expect(sameOptions({ tone: 'formal', length: 'long' }, { tone: 'concise', length: 'long' })).toBe(false);
  });
});

describe('suggested replies for a message', () => {
  const message: MailMessage = { subject: '订单延误', from: { name: '王女士', address: 'wang@example.com' }, to: [], cc: [], bodyText: '我的订单已经延误一周。' };

  it('tell two open messages apart, and the same message read twice as the same', () => {
    expect(messageKey(message)).toBe(messageKey({ ...message }));
    expect(messageKey(message)).not.toBe(messageKey({ ...message, subject: '另一封' }));
    expect(messageKey(message)).not.toBe(messageKey({ ...message, bodyText: '另一段正文。' }));
  });

  it('label each intent in the pane language, so switching language relabels them without asking the gateway', () => {
    const fromGateway = [
      { intent: 'apologise' as const, label: '致歉并说明' },
      { intent: 'ask_details' as const, label: '询问细节' },
    ];
    expect(intentChoices(fromGateway, 'zh-CN').map((c) => c.label)).toEqual(['致歉并说明', '询问细节']);
    expect(intentChoices(fromGateway, 'en-US').map((c) => c.label)).toEqual(['Apologise', 'Ask for details']);
  });
});
