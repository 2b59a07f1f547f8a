/**
 * The benchmark's phases over a running rig (fake model + gateway children, one client Agent).
 * Direct and gateway runs alternate so slow drift of the machine affects both alike.
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChildHandle } from './child-handle.js';
import type { StreamResult } from './client.js';
import { CpuMeter, type CpuSpent } from './cpu.js';
import { burst, hold, singles, steady, type BurstResult, type LoadContext } from './load.js';
import type { BenchParams } from './params.js';
import type { MemSample } from './protocol.js';
import { summarise } from './stats.js';
import type { TargetPair } from './targets.js';

export interface Rig {
  p: BenchParams;
  targets: TargetPair;
  holdTargets: TargetPair;
  gateway: ChildHandle;
  cpu: CpuMeter;
  ctx: LoadContext;
}

/** One socket per open stream on either path, and idle ones kept for reuse. */
export function newAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: 2048, maxFreeSockets: 2048 });
}

export interface PathRun {
  samples: StreamResult[];
  all: StreamResult[];
  cpu: CpuSpent;
}

export interface LevelRun {
  level: number;
  direct: PathRun;
  gateway: PathRun;
}

/**
 * Code paths warmed on both paths with few sockets (the memory phase follows); returns the
 * typical stream duration (ms) for spreading steady-load starts.
 */
export async function warmup(rig: Rig): Promise<number> {
  const { direct, gateway } = rig.targets;
  const single = await singles([direct, gateway], 2, rig.ctx);
  await burst(direct, 20, rig.ctx);
  await burst(gateway, 20, rig.ctx);
  return summarise(single.get('direct')!.map((r) => r.totalMs)).median;
}

/** Before the latency tables: pools and heap grown to the sizes the load will need. */
export async function warmupWide(rig: Rig, n: number): Promise<void> {
  await burst(rig.targets.direct, n, rig.ctx);
  await burst(rig.targets.gateway, n, rig.ctx);
}

export async function level(rig: Rig, n: number, streamMs: number): Promise<LevelRun> {
  const runs = { direct: emptyRun(), gateway: emptyRun() };
  const order = [rig.targets.direct, rig.targets.gateway];
  if (n === 1) {
    // Alternate stream by stream; CPU is charged to both paths together, so split it evenly.
    const before = await rig.cpu.snapshot();
    const got = await singles(order, rig.p.singleRounds, rig.ctx);
    const spent = CpuMeter.spent(before, await rig.cpu.snapshot());
    for (const t of order) {
      const results = got.get(t.name)!;
      runs[t.name] = { samples: results, all: results, cpu: { ...spent, wallMs: spent.wallMs / 2 } };
    }
    return { level: n, ...runs };
  }
  for (let b = 0; b < rig.p.blocksPerPath; b++) {
    for (const t of b % 2 === 0 ? order : [...order].reverse()) {
      const before = await rig.cpu.snapshot();
      const r = await steady(t, n, streamMs, rig.p.windowMs, rig.ctx);
      const spent = CpuMeter.spent(before, await rig.cpu.snapshot());
      const run = runs[t.name];
      run.samples.push(...r.samples);
      run.all.push(...r.all);
      run.cpu = CpuMeter.add(run.cpu, spent);
    }
  }
  return { level: n, ...runs };
}

function emptyRun(): PathRun {
  return { samples: [], all: [], cpu: CpuMeter.zero };
}

export interface MemoryRow {
  open: number;
  base: MemSample;
  held: MemSample | undefined;
  endedBeforeProbe: number;
  results: StreamResult[];
}

/**
 * Memory of the gateway with N streams paused mid-way, against one idle baseline taken with no
 * client sockets and the gateway's upstream keep-alive sockets expired, so socket and stream
 * costs are both in the difference.
 */
export async function memory(rig: Rig, upstreamIdleMs: number): Promise<MemoryRow[]> {
  rig.ctx.agent.destroy();
  rig.ctx.agent = newAgent();
  await sleep(upstreamIdleMs);
  const base = await rig.gateway.call<MemSample>('mem');
  const rows: MemoryRow[] = [];
  for (const n of rig.p.holdCounts) {
    const waitMs = rig.p.holdMs + rig.p.holdAfterChunks * rig.p.paceMs; // every stream must be paused when we read
    const r = await hold(rig.holdTargets.gateway, n, rig.p.holdAfterChunks, waitMs, rig.ctx, () => rig.gateway.call<MemSample>('mem'));
    rows.push({ open: n, base, held: r.held, endedBeforeProbe: r.endedBeforeProbe, results: r.results });
  }
  return rows;
}

export interface FinalRun {
  direct: BurstResult;
  gateway: BurstResult;
}

/** N streams started together on each path and held to completion. */
export async function final(rig: Rig): Promise<FinalRun> {
  const direct = await burst(rig.targets.direct, rig.p.finalStreams, rig.ctx);
  const gateway = await burst(rig.targets.gateway, rig.p.finalStreams, rig.ctx);
  return { direct, gateway };
}
