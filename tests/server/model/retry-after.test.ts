import { retryAfterMs } from '../../../src/server/model/retry-after.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2025-03-01T08:00:00Z');

  it('reads seconds, an HTTP date, and OpenAI\'s retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 01 Mar 2025 08:00:20 GMT' }), now)).toBe(20_000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
  });

  it('treats a date in the past as "now" and ignores missing or unreadable values', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 01 Mar 2025 07:00:00 GMT' }), now)).toBe(0);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
