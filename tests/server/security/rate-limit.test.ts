/**
 * The per-user generation limit over real HTTP: one user who asks for too many drafts in a
 * minute gets 429 with Retry-After and a coded message saying when to try again; the stream is
 * never started; other users are not affected; drafts, revisions and an admin's test drafts
 * share one budget.
 */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testTemplate } from '../fixtures.js';

const LIMIT = 3;

let fake: FakeModelServer;
let model: FakeModelServerHandle;
let gw: TestGateway;
let otherAuthor: string;

beforeAll(async () => {
  fake = new FakeModelServer({ fallback: { text: '好的。' } });
  model = await fake.start();
  gw = await startTestGateway({ modelUrl: model.url, env: { RATE_LIMIT_GENERATIONS_PER_MINUTE: String(LIMIT) } });
  otherAuthor = (await gw.services.tokens.create({ name: 'second author', role: 'author', by: 'tests' })).token;
  const created = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate(), publish: true } });
  expect(created.status).toBe(201);
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

const revision = (headers: Record<string, string> = {}) => gw.request('/api/revisions', { headers, body: { action: 'polish', text: '请润色这一句。', locale: 'zh-CN' } });
const draft = (headers: Record<string, string> = {}) =>
  gw.request('/api/drafts', { headers, body: { templateId: 'test-notice', fields: { subject: '安全检查', urgency: '特急' }, locale: 'en-US' } });
const as = (token: string) => ({ authorization: `Bearer ${token}` });

async function streamed(res: Response): Promise<boolean> {
  const isStream = (res.headers.get('content-type') ?? '').includes('text/event-stream');
  await res.text();
  return res.status === 200 && isStream;
}

describe('the generation rate limit', () => {
  it('refuses the request past the limit with 429, Retry-After and the seconds in the message, without starting a stream', async () => {
    for (let i = 0; i < LIMIT; i++) expect(await streamed(await revision())).toBe(true);
    const modelCalls = fake.chatRequests.length;

    const limited = await revision({ 'accept-language': 'zh-CN' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/application\/json/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toBe(`您在短时间内请求的草稿过多，请在 ${retryAfter} 秒后重试。`);
    expect(fake.chatRequests.length).toBe(modelCalls); // the model never heard of it

    // The same budget covers drafts, in the request's own language.
    const draftLimited = await draft();
    expect(draftLimited.status).toBe(429);
    const draftBody = (await draftLimited.json()) as { error: { code: string; message: string } };
    expect(draftBody.error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/^You have asked for many drafts in a short time\. Try again in \d+ s\.$/) });
  });

  it('counts per user: another author still drafts', async () => {
    expect((await revision()).status).toBe(429);
    expect(await streamed(await revision(as(otherAuthor)))).toBe(true);
    expect(await streamed(await draft(as(otherAuthor)))).toBe(true);
  });

  it('covers an admin\'s test drafts with the admin\'s own budget', async () => {
    const trial = () => gw.request('/api/admin/templates/test-draft', { admin: true, body: { template: testTemplate(), values: { subject: '演练', urgency: '特急' }, locale: 'zh-CN' } });
    for (let i = 0; i < LIMIT; i++) expect(await streamed(await trial())).toBe(true);
    const limited = await trial();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    await limited.body?.cancel();
  });

  it('answers callers who are not signed in with 401, not 429, and does not count them', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await gw.request('/api/revisions', { anonymous: true, body: { action: 'polish', text: '一句话。', locale: 'zh-CN' } });
      await res.body?.cancel();
      expect(res.status).toBe(401);
    }
  });

  it('leaves everything else alone: a limited user still lists templates', async () => {
    expect((await revision()).status).toBe(429);
    const res = await gw.request('/api/templates');
    await res.body?.cancel();
    expect(res.status).toBe(200);
  });

  it('is off with RATE_LIMIT_GENERATIONS_PER_MINUTE=0', async () => {
    const open = await startTestGateway({ modelUrl: model.url, env: { RATE_LIMIT_GENERATIONS_PER_MINUTE: '0' } });
    try {
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await open.request('/api/revisions', { body: { action: 'polish', text: '一句话。', locale: 'zh-CN' } });
        expect(await streamed(res)).toBe(true);
      }
    } finally {
      await open.close();
    }
  });
});
