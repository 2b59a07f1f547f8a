import { ModelQueue } from '../../../src/server/model/queue.js';
import type { QueueTicket } from '../../../src/server/model/queue.js';
import { WenshuError } from '../../../src/core/errors/codes.js';

/** Lets promise callbacks run. */
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

function isGranted(t: QueueTicket): Promise<boolean> {
  return Promise.race([t.granted.then(() => true, () => false), tick().then(() => false)]);
}

describe('ModelQueue', () => {
  it('runs up to the concurrency at once and lines up the rest in arrival order', async () => {
    const q = new ModelQueue({ concurrency: 2, maxWaiting: 3 });
    const [a, b, c, d] = [q.join()[0]!, q.join()[0]!, q.join()[0]!, q.join()[0]!];
    expect([a.position, b.position, c.position, d.position]).toEqual([0, 0, 1, 2]);
    expect(await isGranted(a)).toBe(true);
    expect(await isGranted(c)).toBe(false);
    expect(q.stats()).toEqual({ running: 2, waiting: 2, concurrency: 2, maxWaiting: 3 });

    const seen: number[] = [];
    d.onPosition((p) => seen.push(p));
    a.release();
    expect(c.position).toBe(0);
    expect(await isGranted(c)).toBe(true);
    b.release();
    expect(await isGranted(d)).toBe(true);
    expect(seen).toEqual([1, 0]);
  });

  it('refuses with queue_full (503) when running and waiting room is used up, and reserves n tickets all or none', () => {
    const q = new ModelQueue({ concurrency: 1, maxWaiting: 2 });
    q.join(2);
    const err = (() => { try { q.join(2); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(WenshuError);
    expect(err).toMatchObject({ code: 'queue_full', status: 503, params: { waiting: 1 } });
    expect(q.stats()).toMatchObject({ running: 1, waiting: 1 });
    expect(q.join(1)).toHaveLength(1);
    expect(() => q.join()).toThrow(WenshuError);
  });

  it('lets a waiting request leave the line; those behind move up and no slot leaks', async () => {
    const q = new ModelQueue({ concurrency: 1, maxWaiting: 5 });
    const [run] = q.join();
    const [w1, w2, w3] = q.join(3);
    const moves: number[] = [];
    w3!.onPosition((p) => moves.push(p));
    w2!.release();
    await expect(w2!.granted).rejects.toMatchObject({ code: 'cancelled' });
    expect(w3!.position).toBe(2);
    w1!.release();
    expect(moves).toEqual([2, 1]);
    run!.release();
    expect(await isGranted(w3!)).toBe(true);
    w3!.release();
    expect(q.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('treats a second release as a no-op, for running and waiting tickets', () => {
    const q = new ModelQueue({ concurrency: 1, maxWaiting: 2 });
    const [a, b, c] = q.join(3);
    b!.release();
    b!.release();
    a!.release();
    a!.release();
    expect(q.stats()).toMatchObject({ running: 1, waiting: 0 });
    expect(c!.position).toBe(0);
    c!.release();
    c!.release();
    expect(q.stats()).toMatchObject({ running: 0, waiting: 0 });
    expect(q.join(3)).toHaveLength(3);
  });

  it('frees the slot when released from an abort handler and again from a finally', async () => {
    const q = new ModelQueue({ concurrency: 1, maxWaiting: 1 });
    const [t] = q.join();
    const [next] = q.join();
    const ctrl = new AbortController();
    ctrl.signal.addEventListener('abort', () => t!.release());
    try {
      ctrl.abort();
    } finally {
      t!.release();
    }
    expect(await isGranted(next!)).toBe(true);
    expect(q.stats()).toMatchObject({ running: 1, waiting: 0 });
  });

  it('serves strictly first come, first served under churn (no starvation)', async () => {
    const q = new ModelQueue({ concurrency: 3, maxWaiting: 100 });
    const order: number[] = [];
    const tickets = Array.from({ length: 40 }, (_, i) => {
      const [t] = q.join();
      void t!.granted.then(() => order.push(i));
      return t!;
    });
    // Release in a scrambled order; grants must still follow arrival order.
    for (const i of [2, 0, 1, 5, 3, 4]) tickets[i]!.release();
    for (let i = 6; i < 40; i++) {
      await tick();
      tickets[i - 3]!.release();
    }
    for (const t of tickets) t.release();
    await tick();
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(q.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('survives a position callback that releases another ticket', async () => {
    const q = new ModelQueue({ concurrency: 1, maxWaiting: 3 });
    const [a, b, c, d] = q.join(4);
    b!.onPosition((p) => { if (p === 0) c!.release(); });
    a!.release();
    expect(b!.position).toBe(0);
    expect(d!.position).toBe(1);
    expect(q.stats()).toMatchObject({ running: 1, waiting: 1 });
  });
});
