import { pickLocale } from '../../src/core/i18n/locale.js';

describe('pickLocale', () => {
  it('maps Chinese tags and Accept-Language headers to zh-CN', () => {
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('fr;q=0.9, zh-CN;q=0.8')).toBe('zh-CN');
  });
  it('falls back to en-US for anything else', () => {
    expect(pickLocale('de-DE')).toBe('en-US');
    expect(pickLocale(undefined)).toBe('en-US');
  });
});
