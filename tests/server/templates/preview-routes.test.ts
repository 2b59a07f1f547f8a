/**
 * Trying an unsaved template: the preview shows the exact messages a draft would send, the test
 * generation streams like /api/drafts from those messages, and only admins may do either.
 */
import { buildDraftMessages } from '../../../src/core/prompt/build.js';
import type { ChatMessage } from '../../../src/core/prompt/types.js';
import { validateTemplate } from '../../../src/core/templates/validate.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { candidateTexts, collectSse } from '../../support/sse.js';
import { testTemplate } from '../fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const UNSAVED = testTemplate({
  id: 'unsaved-trial',
  locales: ['zh-CN', 'en-US'],
  prompt: '{% if urgency %}【{{ urgency }}】{% endif %}请起草一份关于{{ subject }}的通知，印发{{ copies }}份。',
});
const VALUES = { subject: ' 消防演练 ', copies: '3', urgency: '特急' };

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What core builds for the same template and values, with the fence id the gateway chose. */
function expectedMessages(messages: ChatMessage[], locale: 'zh-CN' | 'en-US'): ChatMessage[] {
  const id = /⟪data id=([0-9a-f]{16}) /.exec(messages[1]?.content ?? '')?.[1];
  if (!id) throw new Error('no fence id in the user message');
  const checked = validateTemplate(UNSAVED);
  if (!checked.ok) throw new Error('fixture template is invalid');
  return buildDraftMessages({ template: checked.template, values: { subject: '消防演练', copies: 3, urgency: '特急' }, locale, today: today(), nonce: id });
}

describe('admin template preview and test generation (real HTTP, fake model server)', () => {
  let fake: FakeModelServer;
  let model: FakeModelServerHandle;
  let gw: TestGateway;

  beforeAll(async () => {
    fake = new FakeModelServer();
    model = await fake.start();
    gw = await startTestGateway({ modelUrl: model.url });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  const post = (path: string, body: Json, init: { admin?: boolean; anonymous?: boolean } = { admin: true }) =>
    gw.request(`/api/admin/templates/${path}`, { body, ...init });

  it('previews the exact messages a draft would send, with the sample values checked as a draft checks them', async () => {
    const res = await post('preview', { template: UNSAVED, values: VALUES, locale: 'zh-CN' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.messages).toEqual(expectedMessages(body.messages, 'zh-CN'));
    expect(body.language).toBe('zh-CN');
    expect(body.values).toEqual({ subject: '消防演练', copies: 3, urgency: '特急' });
    // The admin's instructions are in the system message; the value is marked as user data.
    expect(body.messages[0].content).toContain('语言庄重简洁');
    expect(body.messages[1].content).toContain('【⟦特急⟧】请起草一份关于⟦消防演练⟧的通知，印发⟦3⟧份。');
    // Nothing was stored and nothing went to the model.
    expect((await gw.request('/api/admin/templates/unsaved-trial', { admin: true })).status).toBe(404);
    expect(fake.chatRequests).toHaveLength(0);
  });

  it('previews in the requested language when the template writes in it', async () => {
    const res = await post('preview', { template: UNSAVED, values: VALUES, locale: 'en-US' });
    const body = (await res.json()) as Json;
    expect(body.language).toBe('en-US');
    expect(body.messages).toEqual(expectedMessages(body.messages, 'en-US'));
    expect(body.messages[0].content).toContain('## House style');
  });

  it('refuses an invalid template with one problem per mistake, in the request language', async () => {
    const broken = { ...UNSAVED, prompt: '{{ subject }} {{ secret }}', fields: [...UNSAVED.fields, { key: 'subject', type: 'text', label: { 'en-US': 'Again' } }] };
    const res = await post('preview', { template: broken, values: VALUES, locale: 'en-US' });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as Json;
    expect(error.code).toBe('template_invalid');
    const problems = error.problems as Json[];
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['fields[3].key', 'prompt']));
    expect(problems.find((p) => p.path === 'prompt')?.message).toMatch(/"secret"/);
    expect(problems.find((p) => p.path === 'fields[3].key')?.message).toMatch(/used twice/);
  });

  it('refuses sample values that a draft would refuse, naming the field', async () => {
    const res = await post('preview', { template: UNSAVED, values: { ...VALUES, subject: '', copies: '99' }, locale: 'zh-CN' });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as Json;
    expect(error.code).toBe('fields_invalid');
    expect((error.problems as Json[]).map((p) => p.path).sort()).toEqual(['fields.copies', 'fields.subject']);
    expect((error.problems as Json[])[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('streams a test generation exactly like a draft, from the unsaved template', async () => {
    fake.enqueue({ text: '# 关于开展消防演练的通知\n各部门：现将有关事项通知如下。', chunkSize: 6 });
    const before = fake.chatRequests.length;
    const res = await post('test-draft', { template: UNSAVED, values: VALUES, locale: 'zh-CN' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await collectSse(res);
    expect(events[0]).toEqual({ event: 'meta', data: expect.objectContaining({ template: 'unsaved-trial', test: true, candidates: 1 }) });
    expect(candidateTexts(events)).toEqual(['# 关于开展消防演练的通知\n各部门：现将有关事项通知如下。']);
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { candidate: 0, finishReason: 'stop' } });

    // The model got the very messages the preview shows.
    const sent = fake.chatRequests[before]?.body as { messages: ChatMessage[] };
    expect(sent.messages).toEqual(expectedMessages(sent.messages, 'zh-CN'));
    expect((await gw.request('/api/admin/templates/unsaved-trial', { admin: true })).status).toBe(404);
  });

  it('generates several candidates when asked', async () => {
    fake.enqueue({ text: '甲稿' }, { text: '乙稿' });
    const res = await post('test-draft', { template: UNSAVED, values: VALUES, locale: 'zh-CN', n: 2 });
    const texts = candidateTexts(await collectSse(res));
    expect(texts.sort()).toEqual(['乙稿', '甲稿'].sort());
  });

  it('lets only admins preview or test: 401 without sign-in, 403 for authors, and the model is never asked', async () => {
    const before = fake.chatRequests.length;
    for (const path of ['preview', 'test-draft']) {
      const anonymous = await post(path, { template: UNSAVED, values: VALUES, locale: 'en-US' }, { anonymous: true });
      expect(anonymous.status).toBe(401);
      const author = await post(path, { template: UNSAVED, values: VALUES, locale: 'en-US' }, {});
      expect(author.status).toBe(403);
      expect(((await author.json()) as Json).error.code).toBe('admin_required');
    }
    expect(fake.chatRequests.length).toBe(before);
  });
});
