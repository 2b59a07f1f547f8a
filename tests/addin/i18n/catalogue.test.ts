import { ERRORS } from '../../../src/core/errors/codes.js';
import { MESSAGES, isMessageKey, t } from '../../../addin/i18n/messages.js';
import { CLIENT_CODES } from '../../../addin/api/errors.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pane catalogues', () => {
  const en = MESSAGES['en-US'];
  const zh = MESSAGES['zh-CN'];

  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have a non-empty text for every key, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, en[key].trim().length > 0]).toEqual([key, true]);
      expect([key, zh[key].trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('are actually translated (zh-CN texts are not copies of the English)', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === zh[k] && /[a-z]{3}/i.test(en[k].replace(/\{\w+\}/g, '')));
    expect(same).toEqual([]);
  });

  it('say what to do for every error the gateway can send while drafting or revising', () => {
    const streamCodes = [
      'template_not_found',
      'template_not_published',
      'template_version_not_published',
      'fields_invalid',
      'revision_invalid',
      'queue_full',
      'model_unreachable',
      'model_timeout',
      'model_cut_off',
      'model_rate_limited',
      'model_error',
      'model_unauthorized',
      'model_refused_endpoint',
      'cancelled',
      'shutting_down',
      'body_too_large',
      'internal',
      ...Object.values(CLIENT_CODES),
    ];
    for (const code of streamCodes) {
      if (!(code in ERRORS) && !Object.values(CLIENT_CODES).includes(code as never)) throw new Error(`${code} is not a known code`);
      expect([code, isMessageKey(`error.${code}.title`), isMessageKey(`error.${code}.body`)]).toEqual([code, true, true]);
    }
  });

  it('fill placeholders', () => {
    expect(t('zh-CN', 'card.queued', { position: 2 })).toBe('排队中：第 2 位');
    expect(t('zh-CN', 'card.insertPending', { count: 2 })).toBe('插入（2 处待核实）');
    expect(t('en-US', 'card.insertPending', { count: 2 })).toBe('Insert (2 to verify)');
  });
});
