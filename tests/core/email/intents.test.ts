import { suggestIntents } from '../../../src/core/email/intents.js';
import { INTENT_LABELS, LENGTH_LABELS, TONE_LABELS } from '../../../src/core/email/labels.js';
import { cleanThread } from '../../../src/core/email/clean.js';
import { REPLY_INTENTS, REPLY_LENGTHS, REPLY_TONES } from '../../../src/core/email/types.js';
import { LOCALES } from '../../../src/core/i18n/locale.js';
import { outlookChinese, phoneSignature } from './threads.js';

function intents(newest: string, subject = '') {
  return suggestIntents(cleanThread({ subject, to: [], cc: [], bodyText: newest }, { budgetTokens: 2000 }));
}

describe('suggestIntents', () => {
  it.each([
    ['an English complaint', 'The second delivery arrived damaged and two pallets are missing. This is unacceptable and we expect a refund.'],
    ['a Chinese complaint', '你们的货物又延误了一周，而且有三箱外包装损坏，我们对此非常不满，要求尽快处理。'],
    ['a complaint that also says thanks', 'Thanks for your reply, but I am very disappointed: the replacement is broken too.'],
  ])('leads with an apology for %s', (_name, text) => {
    expect(intents(text)).toEqual(['apologise', 'acknowledge', 'ask_details']);
  });

  it.each([
    ['an English meeting request', 'Could we schedule a call next week to go through the contract? Let me know your availability.'],
    ['a Chinese meeting request', '王经理，下周我们约个时间开个会，讨论一下二期的实施方案，您看什么时候方便？'],
  ])('proposes times for %s', (_name, text) => {
    expect(intents(text)).toEqual(['propose_times', 'confirm', 'decline']);
  });

  it.each([
    ['an invitation', 'We would like to invite you to speak at our customer day on 14 June.'],
    ['a Chinese request', '烦请贵司在本周五前提供2023年度的审计报告扫描件。'],
  ])('offers to confirm or decline %s', (_name, text) => {
    expect(intents(text)).toEqual(['confirm', 'decline', 'ask_details']);
  });

  it('answers a plain question with confirm or ask for details', () => {
    expect(intents('Is the warehouse open on Saturday?')).toEqual(['confirm', 'ask_details']);
  });

  it.each([['Thank you so much for the quick fix, the line is running again.'], ['非常感谢您这次的帮助，辛苦了！']])('thanks back for "%s"', (text) => {
    expect(intents(text)).toEqual(['thank', 'acknowledge']);
  });

  it('does not read "thanks in advance" as thanks', () => {
    expect(intents('Please send the signed copy. Thanks in advance.')[0]).toBe('confirm');
  });

  it('falls back to acknowledge and ask for details when nothing fits', () => {
    expect(intents('FYI: the office will be closed on 1 May.')).toEqual(['acknowledge', 'ask_details']);
  });

  it('suggests one to three known intents for every test thread, never none', () => {
    for (const message of [outlookChinese.message, phoneSignature.message]) {
      const list = suggestIntents(cleanThread(message, { budgetTokens: 2000 }));
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(3);
      expect(new Set(list).size).toBe(list.length);
      for (const intent of list) expect(REPLY_INTENTS).toContain(intent);
    }
  });

  it('reads the subject too', () => {
    expect(intents('See below.', 'Complaint: order 5521 arrived broken')[0]).toBe('apologise');
  });
});

describe('labels for the reply pane', () => {
  it.each([
    ['intent', REPLY_INTENTS, INTENT_LABELS],
    ['tone', REPLY_TONES, TONE_LABELS],
    ['length', REPLY_LENGTHS, LENGTH_LABELS],
  ] as const)('names every %s in both languages, each differently', (_kind, keys, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...keys].sort());
    for (const locale of LOCALES) {
      const names = keys.map((k) => (labels as Record<string, Record<string, string>>)[k]![locale]!);
      for (const name of names) expect(name.trim()).not.toBe('');
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
