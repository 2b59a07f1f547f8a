/** Timeouts and cancellation: each must abort the upstream request (seen by the fake server). */
import { FakeModelServer } from '../../support/fake-model-server.js';
import type { FakeModelServerHandle } from '../../support/fake-model-server.js';
import { ask, client, collect, sleep } from './helpers.js';

let fake: FakeModelServer;
let handle: FakeModelServerHandle;

// The first request of a process pays for lazy SDK and fetch set-up; keep that out of the
// short timeouts below (the machine may be busy with other suites).
beforeAll(async () => {
  const warm = new FakeModelServer();
  const h = await warm.start();
  await collect(client(h.url).stream(ask()));
  await h.close();
});

beforeEach(async () => {
  fake = new FakeModelServer();
  handle = await fake.start();
});
afterEach(() => handle.close());

async function upstreamAborted(): Promise<boolean> {
  const rec = fake.chatRequests.at(-1)!;
  await rec.settled;
  return rec.aborted;
}

describe('model client timeouts', () => {
  it('times out when no headers arrive (idle includes time to first chunk)', async () => {
    fake.enqueue({ stallBeforeHeadersMs: Infinity });
    const out = await collect(client(handle.url, { idleTimeoutMs: 250 }).stream(ask()));
    expect(out.error?.code).toBe('model_timeout');
    expect(fake.chatRequests).toHaveLength(1);
    expect(await upstreamAborted()).toBe(true);
  });

  it('times out when the stream stalls mid-body, keeping what arrived', async () => {
    fake.enqueue({ text: 'abcdefgh', stallAfterChunks: 1, stallMs: Infinity });
    const out = await collect(client(handle.url, { idleTimeoutMs: 150 }).stream(ask()));
    expect(out.text).toBe('abcd');
    expect(out.error).toMatchObject({ code: 'model_timeout', params: { seconds: 0.2 } });
    expect(await upstreamAborted()).toBe(true);
  });

  it('stops a slow but steady stream at the total timeout', async () => {
    fake.enqueue({ text: 'x'.repeat(100), chunkSize: 1, paceMs: 10 });
    const out = await collect(client(handle.url, { idleTimeoutMs: 250, totalTimeoutMs: 300 }).stream(ask()));
    expect(out.text.length).toBeGreaterThan(0);
    expect(out.text.length).toBeLessThan(100);
    expect(out.error?.code).toBe('model_timeout');
    expect(await upstreamAborted()).toBe(true);
  });

  it('does not count time the consumer spends on a chunk as upstream silence', async () => {
    fake.enqueue({ text: 'abcdefgh', chunkSize: 4 });
    const events: string[] = [];
    for await (const e of client(handle.url, { idleTimeoutMs: 100 }).stream(ask())) {
      events.push(e.type);
      await sleep(150); // a slow client (res.write backpressure)
    }
    expect(events).toEqual(['delta', 'delta', 'done']);
  });
});

describe('model client cancellation', () => {
  it('aborts the upstream request mid-stream and throws cancelled', async () => {
    fake.enqueue({ text: 'x'.repeat(200), chunkSize: 1, paceMs: 5 });
    const ctrl = new AbortController();
    const gen = client(handle.url).stream(ask(ctrl.signal));
    const first = await gen.next();
    expect(first.value).toMatchObject({ type: 'delta' });
    ctrl.abort();
    const rest = await collect(gen);
    expect(rest.error?.code).toBe('cancelled');
    expect(await upstreamAborted()).toBe(true);
  });

  it('aborts an upstream request that has not answered yet', async () => {
    fake.enqueue({ stallBeforeHeadersMs: Infinity });
    const ctrl = new AbortController();
    const pending = collect(client(handle.url).stream(ask(ctrl.signal)));
    await fake.received(1);
    ctrl.abort();
    expect((await pending).error?.code).toBe('cancelled');
    expect(await upstreamAborted()).toBe(true);
  });

  it('aborts the upstream request when the consumer stops iterating', async () => {
    fake.enqueue({ text: 'x'.repeat(200), chunkSize: 1, paceMs: 5 });
    for await (const e of client(handle.url).stream(ask())) {
      if (e.type === 'delta') break;
    }
    expect(await upstreamAborted()).toBe(true);
  });

  it('sends nothing when already cancelled, and stops a retry pause', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    expect((await collect(client(handle.url).stream(ask(ctrl.signal)))).error?.code).toBe('cancelled');
    expect(fake.chatRequests).toHaveLength(0);

    fake.enqueue({ status: 503 }, { text: 'not reached' });
    const late = new AbortController();
    const pending = collect(client(handle.url, { retryDelayMs: 5000 }).stream(ask(late.signal)));
    await fake.received(1);
    await sleep(20); // the 503 is answered and the 5 s pause has begun
    late.abort();
    expect((await pending).error?.code).toBe('cancelled');
    expect(fake.chatRequests).toHaveLength(1);
  });

  it('cancels a model list request', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(client(handle.url).listModels(ctrl.signal)).rejects.toMatchObject({ code: 'cancelled' });
  });
});
