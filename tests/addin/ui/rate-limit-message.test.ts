/**
 * How the pane words the gateway's per-user generation limit: a 429 with Retry-After becomes a
 * warning that says how many seconds to wait and that nothing typed is lost, in both languages.
 */
import { errorFromResponse, retryAfterOf } from '../../../addin/api/errors.js';
import { RETRYABLE, describeError } from '../../../addin/ui/describe-error.js';
import { toErrorInfo } from '../../../addin/ui/error-info.js';

const limited = (retryAfter?: string) =>
  new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'You have asked for many drafts in a short time. Try again in 42 s.' } }), {
    status: 429,
    headers: { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
  });

describe('the rate-limit message', () => {
  it('says how long to wait, kindly, in the user\'s language, from the 429\'s Retry-After', async () => {
    const info = toErrorInfo(await errorFromResponse(limited('42')));
    expect(info).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 42 });
    expect(describeError(info, 'en-US')).toEqual({
      title: 'Many requests in a short time',
      body: 'You have asked for many drafts in a short time. Try again in 42 seconds; your form and draft are kept.',
      intent: 'warning',
    });
    expect(describeError(info, 'zh-CN').body).toBe('您在短时间内请求的草稿过多，请在 42 秒后再试。您填写的内容和草稿都已保留。');
    expect(RETRYABLE.has('rate_limited')).toBe(true);
  });

  it('still reads well without a Retry-After', async () => {
    const info = toErrorInfo(await errorFromResponse(limited()));
    expect(info.retryAfterSeconds).toBeUndefined();
    expect(describeError(info, 'en-US').body).toBe('You have asked for many drafts in a short time. Try again in a minute; your form and draft are kept.');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterOf('17', now)).toBe(17);
    expect(retryAfterOf('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(retryAfterOf('0', now)).toBe(1);
    expect(retryAfterOf('soon', now)).toBeUndefined();
    expect(retryAfterOf(null, now)).toBeUndefined();
  });
});
