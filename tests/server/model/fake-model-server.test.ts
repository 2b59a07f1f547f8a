/** The fake speaks the real wire format, checked with plain fetch (no SDK in between). */
import { FakeModelServer } from '../../support/fake-model-server.js';
import type { FakeModelServerHandle } from '../../support/fake-model-server.js';

let fake: FakeModelServer;
let handle: FakeModelServerHandle;

beforeEach(async () => {
  fake = new FakeModelServer({ apiKey: 'sk-test', models: ['qwen', 'llama'] });
  handle = await fake.start();
});
afterEach(() => handle.close());

const auth = { authorization: 'Bearer sk-test', 'content-type': 'application/json' };

function post(body: object, headers: Record<string, string> = auth): Promise<Response> {
  return fetch(`${handle.url}/chat/completions`, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** Splits an SSE body into its `data:` payloads. */
function dataLines(raw: string): string[] {
  return raw.split('\n\n').filter((b) => b.startsWith('data: ')).map((b) => b.slice('data: '.length));
}

describe('fake model server', () => {
  it('streams role, content, finish and usage-only chunks, then [DONE]', async () => {
    fake.enqueue({ text: '你好，世界', chunkSize: 2 });
    const res = await post({ model: 'qwen', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const lines = dataLines(await res.text());
    expect(lines.at(-1)).toBe('[DONE]');
    const chunks = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(chunks[0].object).toBe('chat.completion.chunk');
    expect(chunks[0].model).toBe('qwen');
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.slice(1, 4).map((c) => c.choices[0].delta.content)).toEqual(['你好', '，世', '界']);
    expect(chunks[4].choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    expect(chunks[5].choices).toEqual([]);
    expect(chunks[5].usage).toMatchObject({ completion_tokens: 3 });
  });

  it('leaves out the usage chunk unless asked, and can omit finish reason and [DONE]', async () => {
    fake.enqueue({ text: 'abc', finishReason: null, done: false });
    const lines = dataLines(await (await post({ messages: [], stream: true })).text());
    const chunks = lines.map((l) => JSON.parse(l));
    expect(chunks.every((c) => c.choices[0].finish_reason === null)).toBe(true);
    expect(chunks.some((c) => 'usage' in c)).toBe(false);
  });

  it('answers without streaming when stream is not set', async () => {
    fake.enqueue({ text: 'whole answer' });
    const body = await (await post({ model: 'qwen', messages: [] })).json();
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0].message).toEqual({ role: 'assistant', content: 'whole answer' });
    expect(body.choices[0].finish_reason).toBe('stop');
  });

  it('answers 429 with Retry-After and 503 with an OpenAI error body', async () => {
    fake.enqueue({ status: 429, retryAfter: '7' }, { status: 503 });
    const limited = await post({ messages: [], stream: true });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    const down = await post({ messages: [], stream: true });
    expect(down.status).toBe(503);
    expect((await down.json()).error.type).toBe('server_error');
  });

  it('sends an in-stream error object', async () => {
    fake.enqueue({ text: 'abcdefgh', errorAfterChunks: 1, error: { message: 'boom', code: 'overloaded' } });
    const lines = dataLines(await (await post({ messages: [], stream: true })).text());
    expect(JSON.parse(lines[2]!)).toEqual({ error: { message: 'boom', type: 'server_error', code: 'overloaded' } });
  });

  it('requires the API key when configured and lists models', async () => {
    expect((await post({ messages: [] }, { 'content-type': 'application/json' })).status).toBe(401);
    const list = await (await fetch(`${handle.url}/models`, { headers: auth })).json();
    expect(list.data.map((m: { id: string }) => m.id)).toEqual(['qwen', 'llama']);
  });

  it('records requests and sees a client that hangs up', async () => {
    fake.enqueue({ text: 'abcdefgh', stallAfterChunks: 1, stallMs: Infinity });
    const ctrl = new AbortController();
    const res = await fetch(`${handle.url}/chat/completions`, {
      method: 'POST', headers: auth, signal: ctrl.signal,
      body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }], stream: true }),
    });
    await res.body!.getReader().read();
    ctrl.abort();
    const [rec] = fake.chatRequests;
    await rec!.settled;
    expect(rec!.aborted).toBe(true);
    expect(rec!.headers.authorization).toBe('Bearer sk-test');
    expect(rec!.body).toMatchObject({ messages: [{ role: 'user', content: 'x' }] });
  });

  it('takes a function of the request body as script', async () => {
    const plain = new FakeModelServer({ fallback: (body) => ({ text: `echo ${String(body.model)}` }) });
    const h = await plain.start();
    try {
      const res = await fetch(`${h.url}/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'm1', messages: [] }) });
      expect((await res.json()).choices[0].message.content).toBe('echo m1');
    } finally {
      await h.close();
    }
  });
});
