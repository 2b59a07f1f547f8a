/**
 * CPU time of the three processes over a phase, to show where the two cores went and what one
 * stream costs the gateway, plus what the rest of the machine used meanwhile: on a shared
 * 2-core box other work skews latencies, and the report should say so rather than hide it.
 */
import { readFileSync } from 'node:fs';
import type { ChildHandle } from './child-handle.js';
import type { CpuSample } from './protocol.js';

export interface CpuSnapshot {
  wallMs: number;
  gateway: CpuSample;
  fake: CpuSample;
  client: CpuSample;
  /** Busy CPU time of the whole machine (Linux /proc/stat), or NaN elsewhere. */
  machineMs: number;
}

export interface CpuSpent {
  wallMs: number;
  /** Milliseconds of CPU (user + system) per process. */
  gatewayMs: number;
  fakeMs: number;
  clientMs: number;
  /** Machine busy time not spent by the three benchmark processes (other work, steal). */
  otherMs: number;
}

/** USER_HZ is 100 on every mainstream Linux build. */
const MS_PER_JIFFY = 10;

function machineBusyMs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) * MS_PER_JIFFY;
  } catch {
    return NaN;
  }
}

export class CpuMeter {
  constructor(private readonly gateway: ChildHandle, private readonly fake: ChildHandle) {}

  async snapshot(): Promise<CpuSnapshot> {
    const [gateway, fake] = await Promise.all([this.gateway.call<CpuSample>('cpu'), this.fake.call<CpuSample>('cpu')]);
    return { wallMs: performance.now(), gateway, fake, client: process.cpuUsage(), machineMs: machineBusyMs() };
  }

  static spent(a: CpuSnapshot, b: CpuSnapshot): CpuSpent {
    const d = (x: CpuSample, y: CpuSample) => (y.user + y.system - x.user - x.system) / 1000;
    const gatewayMs = d(a.gateway, b.gateway);
    const fakeMs = d(a.fake, b.fake);
    const clientMs = d(a.client, b.client);
    const otherMs = Math.max(0, b.machineMs - a.machineMs - gatewayMs - fakeMs - clientMs);
    return { wallMs: b.wallMs - a.wallMs, gatewayMs, fakeMs, clientMs, otherMs };
  }

  static add(a: CpuSpent, b: CpuSpent): CpuSpent {
    return {
      wallMs: a.wallMs + b.wallMs,
      gatewayMs: a.gatewayMs + b.gatewayMs,
      fakeMs: a.fakeMs + b.fakeMs,
      clientMs: a.clientMs + b.clientMs,
      otherMs: a.otherMs + b.otherMs,
    };
  }

  static readonly zero: CpuSpent = { wallMs: 0, gatewayMs: 0, fakeMs: 0, clientMs: 0, otherMs: 0 };
}
