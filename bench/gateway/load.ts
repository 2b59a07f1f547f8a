/**
 * Load shapes. Every loop is bounded by a count and a deadline.
 * - singles: one stream at a time, alternating paths (concurrency 1).
 * - steady: N virtual users whose starts are spread over one stream duration, each running
 *   streams back to back, so about N streams are open at any moment and arrivals are even
 *   (a burst of N simultaneous requests would measure queueing of the burst, not the gateway).
 * - burst: N streams started together and held to completion.
 * - hold: a burst whose streams pause mid-way; a callback runs while all of them are open.
 */
import type http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { runStream, type StreamResult, type Target } from './client.js';

export interface LoadContext {
  agent: http.Agent;
  timeoutMs: number;
}

export interface SteadyResult {
  /** Streams that started while all N users were running (the measured ones). */
  samples: StreamResult[];
  /** Every stream of the block, measured or not. */
  all: StreamResult[];
}

export async function singles(targets: Target[], rounds: number, ctx: LoadContext): Promise<Map<string, StreamResult[]>> {
  const out = new Map<string, StreamResult[]>(targets.map((t) => [t.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const t of targets) out.get(t.name)!.push(await runStream(t, { agent: ctx.agent, timeoutMs: ctx.timeoutMs }));
  }
  return out;
}

/**
 * Samples are the streams that start in [rampEnd, rampEnd + windowMs); users keep going for one
 * more stream duration so those samples run at full concurrency until their end.
 */
export async function steady(t: Target, users: number, streamMs: number, windowMs: number, ctx: LoadContext): Promise<SteadyResult> {
  const t0 = performance.now();
  const from = t0 + streamMs;
  const until = from + windowMs;
  const stopAt = until + streamMs;
  const maxPerUser = Math.ceil((stopAt - t0) / Math.max(1, streamMs / 4)) + 1; // guards against a fast-failing loop
  const all: StreamResult[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, i) => {
      await sleep((i * streamMs) / users);
      for (let k = 0; k < maxPerUser && performance.now() < stopAt; k++) {
        all.push(await runStream(t, { agent: ctx.agent, timeoutMs: ctx.timeoutMs }));
      }
    }),
  );
  return { samples: all.filter((r) => r.start >= from && r.start < until), all };
}

export interface BurstResult {
  results: StreamResult[];
  /** Most streams open at the same moment, as the client saw it. */
  maxOpen: number;
}

export async function burst(t: Target, n: number, ctx: LoadContext): Promise<BurstResult> {
  let open = 0;
  let maxOpen = 0;
  const results = await Promise.all(
    Array.from({ length: n }, async () => {
      maxOpen = Math.max(maxOpen, ++open);
      try {
        return await runStream(t, { agent: ctx.agent, timeoutMs: ctx.timeoutMs });
      } finally {
        open--;
      }
    }),
  );
  return { results, maxOpen };
}

export interface HoldResult<T> extends BurstResult {
  /** What `whileHeld` returned, or undefined if not every stream reached the pause in time. */
  held: T | undefined;
  /** Streams that had already ended when `whileHeld` ran (should be 0). */
  endedBeforeProbe: number;
}

/**
 * Starts n streams (their prompts ask the fake model to pause after `afterDeltas` chunks),
 * waits until every one has delivered that many deltas, runs `whileHeld`, then lets them finish.
 */
export async function hold<T>(t: Target, n: number, afterDeltas: number, waitMs: number, ctx: LoadContext, whileHeld: () => Promise<T>): Promise<HoldResult<T>> {
  let reached = 0;
  let ended = 0;
  let open = 0;
  let maxOpen = 0;
  let allReached!: () => void;
  const reachedAll = new Promise<void>((r) => (allReached = r));
  const running = Array.from({ length: n }, async () => {
    maxOpen = Math.max(maxOpen, ++open);
    const r = await runStream(t, {
      agent: ctx.agent,
      timeoutMs: ctx.timeoutMs,
      onDelta: (count) => {
        if (count === afterDeltas && ++reached === n) allReached();
      },
    });
    open--;
    ended++;
    return r;
  });
  const giveUp = new AbortController();
  const inTime = await Promise.race([
    reachedAll.then(() => true),
    sleep(waitMs, false, { signal: giveUp.signal }).catch(() => false),
  ]);
  giveUp.abort(); // do not leave the deadline timer running
  const endedBeforeProbe = ended;
  const held = inTime ? await whileHeld() : undefined;
  return { results: await Promise.all(running), maxOpen, held, endedBeforeProbe };
}
