/** Our single retry, before the first token only, against the fake server over real HTTP. */
import { FakeModelServer } from '../../support/fake-model-server.js';
import type { FakeModelServerHandle } from '../../support/fake-model-server.js';
import { ask, client, collect, sleep } from './helpers.js';

let fake: FakeModelServer;
let handle: FakeModelServerHandle;

beforeEach(async () => {
  fake = new FakeModelServer();
  handle = await fake.start();
});
afterEach(() => handle.close());

/** A loopback port with nothing listening (taken from a server that was just closed). */
async function closedPort(): Promise<number> {
  const tmp = new FakeModelServer();
  const h = await tmp.start();
  await h.close();
  return h.port;
}

describe('model client retry', () => {
  it.each([500, 502, 503])('retries once after %i and succeeds', async (status) => {
    fake.enqueue({ status }, { text: 'second try' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.error).toBeUndefined();
    expect(out.text).toBe('second try');
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('gives up after one retry with model_error naming the status', async () => {
    fake.enqueue({ status: 503 }, { status: 500 }, { text: 'never asked for' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.error).toMatchObject({ code: 'model_error', params: { status: 500 } });
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('honours Retry-After on 429 before retrying', async () => {
    fake.enqueue({ status: 429, retryAfter: '0.15' }, { text: 'after the wait' });
    const out = await collect(client(handle.url, { retryDelayMs: 0 }).stream(ask()));
    expect(out.text).toBe('after the wait');
    const [first, second] = fake.chatRequests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(140);
  });

  it('fails at once with model_rate_limited when Retry-After (an HTTP date) exceeds the cap', async () => {
    const when = new Date(Date.now() + 120_000).toUTCString();
    fake.enqueue({ status: 429, retryAfter: when }, { text: 'never asked for' });
    const out = await collect(client(handle.url, { maxRetryAfterMs: 5000 }).stream(ask()));
    expect(out.error?.code).toBe('model_rate_limited');
    expect(Number(out.error?.params.seconds)).toBeGreaterThanOrEqual(118);
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('reports model_rate_limited when the retry is rate-limited again', async () => {
    fake.enqueue({ status: 429, retryAfter: '0' }, { status: 429, retryAfter: '30' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.error).toMatchObject({ code: 'model_rate_limited', params: { seconds: 30 } });
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('does not retry once text has been yielded', async () => {
    fake.enqueue({ text: 'abcdefgh', resetAfterChunks: 1 }, { text: 'must not be fetched' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('abcd');
    expect(out.error?.code).toBe('model_cut_off');
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('retries a stream dropped before any visible text (thinking does not count as text)', async () => {
    fake.enqueue({ chunks: ['<think>', 'planning'], resetAfterChunks: 2 }, { text: 'clean answer' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('clean answer');
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('retries a stream that ends cleanly with neither text nor finish reason', async () => {
    fake.enqueue({ chunks: [], finishReason: null, done: false }, { text: 'real answer' });
    const out = await collect(client(handle.url).stream(ask()));
    expect(out.text).toBe('real answer');
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('retries a refused connection and succeeds when the server comes up', async () => {
    const port = await closedPort();
    const late = new FakeModelServer({ port, fallback: { text: 'up now' } });
    const gen = client(`http://127.0.0.1:${port}/v1`, { retryDelayMs: 200 }).stream(ask());
    const pending = collect(gen);
    await sleep(50);
    const h = await late.start();
    try {
      const out = await pending;
      expect(out.text).toBe('up now');
      expect(late.chatRequests).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('reports a refused connection as model_unreachable with the base URL after one retry', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const out = await collect(client(url).stream(ask()));
    expect(out.error?.code).toBe('model_unreachable');
    expect(out.error?.message).toContain(`Model server not reachable at ${url}`);
    await expect(client(url).listModels()).rejects.toMatchObject({ code: 'model_unreachable', params: { url } });
  });

  it('reports a name that does not resolve as model_unreachable', async () => {
    const url = 'http://wenshu-model.invalid/v1';
    const out = await collect(client(url).stream(ask()));
    expect(out.error).toMatchObject({ code: 'model_unreachable', params: { url } });
  });
});
