/** The model client against the fake server over real HTTP: the stream itself. */
import { FakeModelServer } from '../../support/fake-model-server.js';
import type { FakeModelServerHandle } from '../../support/fake-model-server.js';
import { ask, client, collect } from './helpers.js';

let fake: FakeModelServer;
let handle: FakeModelServerHandle;

beforeEach(async () => {
  fake = new FakeModelServer();
  handle = await fake.start();
});
afterEach(() => handle.close());

describe('model client stream', () => {
  it('yields the text as deltas, then done with the finish reason and usage from the usage-only chunk', async () => {
    fake.enqueue({ text: '关于召开年度工作会议的通知', chunkSize: 3, paceMs: 2 });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.error).toBeUndefined();
    expect(out.text).toBe('关于召开年度工作会议的通知');
    expect(out.events.filter((e) => e.type === 'delta').length).toBeGreaterThan(1);
    expect(out.events.at(-1)).toEqual({ type: 'done', finishReason: 'stop', usage: { promptTokens: 5, completionTokens: 5 } });
  });

  it('sends the model, messages, options and asks for usage', async () => {
    await collect(client(handle.url, { temperature: 0.3, maxTokens: 512 }).stream(ask(undefined, { maxTokens: 64 })));
    expect(fake.chatRequests[0]!.body).toEqual({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'Write a short note.' }],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      max_tokens: 64,
    });
  });

  it('passes a length finish reason through', async () => {
    fake.enqueue({ text: 'truncated by max_tokens', finishReason: 'length' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.events.at(-1)).toMatchObject({ type: 'done', finishReason: 'length' });
  });

  it('strips <think> blocks whose tags are split across chunks', async () => {
    fake.enqueue({ chunks: ['<thi', 'nk>The user wants', ' a notice.</th', 'ink>', '\n\n', '各部门：', '<', 'br>'] });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('各部门：<br>');
    expect(out.events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop' });
  });

  it('yields no text for a stream that only thinks, and still finishes', async () => {
    fake.enqueue({ chunks: ['<think>', 'hmm', '…', '</think>', '\n'] });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.events.map((e) => e.type)).toEqual(['done']);
  });

  it('reports a stream that ends without a finish reason (and without [DONE]) as cut off, keeping the text', async () => {
    fake.enqueue({ text: 'The first half of', finishReason: null, done: false });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('The first half of');
    expect(out.error?.code).toBe('model_cut_off');
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('reports a stream with [DONE] but no finish reason as cut off', async () => {
    fake.enqueue({ text: 'Partial', finishReason: null });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('Partial');
    expect(out.error?.code).toBe('model_cut_off');
  });

  it('shows a held-back tail that never became a tag, and then does not retry', async () => {
    fake.enqueue({ chunks: ['<thi'], finishReason: null }, { text: 'must not be fetched' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('<thi');
    expect(out.error?.code).toBe('model_cut_off');
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('accepts a finished stream whose [DONE] line is missing', async () => {
    fake.enqueue({ text: 'Complete.', done: false });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.error).toBeUndefined();
    expect(out.events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop' });
  });

  it('keeps the partial text and reports cut off when the connection is reset mid-stream', async () => {
    fake.enqueue({ text: 'abcdefghijkl', resetAfterChunks: 2, paceMs: 2 });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('abcdefgh');
    expect(out.error?.code).toBe('model_cut_off');
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('turns an in-stream error object into model_error after yielding what came before', async () => {
    fake.enqueue({ text: 'abcdefgh', errorAfterChunks: 1, error: { message: 'CUDA out of memory', code: 'internal_error' } });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('abcd');
    expect(out.error?.code).toBe('model_error');
    expect(out.error?.params.status).toBe('in-stream internal_error');
  });

  it('sends no Authorization header to a keyless endpoint', async () => {
    await collect(client(handle.url).stream(ask()));
    expect(fake.chatRequests[0]!.headers.authorization).toBeUndefined();
  });

  it('lists the models of the endpoint', async () => {
    const models = new FakeModelServer({ models: ['qwen2.5:14b', 'deepseek-r1:32b'] });
    const h = await models.start();
    try {
      await expect(client(h.url).listModels()).resolves.toEqual(['qwen2.5:14b', 'deepseek-r1:32b']);
    } finally {
      await h.close();
    }
  });
});

describe('model client with a keyed endpoint', () => {
  let keyed: FakeModelServer;
  let h: FakeModelServerHandle;
  beforeEach(async () => {
    keyed = new FakeModelServer({ apiKey: 'sk-private' });
    h = await keyed.start();
  });
  afterEach(() => h.close());

  it('sends the key as a bearer token and streams', async () => {
    const out = await collect(client(h.url, { apiKey: 'sk-private' }).stream(ask()));
    expect(out.error).toBeUndefined();
    expect(keyed.chatRequests[0]!.headers.authorization).toBe('Bearer sk-private');
    await expect(client(h.url, { apiKey: 'sk-private' }).listModels()).resolves.toEqual(['fake-model']);
  });

  it('reports a missing or wrong key as model_unauthorized, naming MODEL_API_KEY, without retrying', async () => {
    const out = await collect(client(h.url).stream(ask()));
    expect(out.error?.code).toBe('model_unauthorized');
    expect(out.error?.message).toContain('MODEL_API_KEY');
    expect(keyed.chatRequests).toHaveLength(1);
    await expect(client(h.url, { apiKey: 'wrong' }).listModels()).rejects.toMatchObject({ code: 'model_unauthorized' });
  });
});
