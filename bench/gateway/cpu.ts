/**
 * CPU time of the three processes over a phase, to show where the two cores went and what one
 * stream costs the gateway.
 */
import type { ChildHandle } from './child-handle.js';
import type { CpuSample } from './protocol.js';

export interface CpuSnapshot {
  wallMs: number;
  gateway: CpuSample;
  fake: CpuSample;
  client: CpuSample;
}

export interface CpuSpent {
  wallMs: number;
  /** Milliseconds of CPU (user + system) per process. */
  gatewayMs: number;
  fakeMs: number;
  clientMs: number;
}

export class CpuMeter {
  constructor(private readonly gateway: ChildHandle, private readonly fake: ChildHandle) {}

  async snapshot(): Promise<CpuSnapshot> {
    const [gateway, fake] = await Promise.all([this.gateway.call<CpuSample>('cpu'), this.fake.call<CpuSample>('cpu')]);
    return { wallMs: performance.now(), gateway, fake, client: process.cpuUsage() };
  }

  static spent(a: CpuSnapshot, b: CpuSnapshot): CpuSpent {
    const d = (x: CpuSample, y: CpuSample) => (y.user + y.system - x.user - x.system) / 1000;
    return { wallMs: b.wallMs - a.wallMs, gatewayMs: d(a.gateway, b.gateway), fakeMs: d(a.fake, b.fake), clientMs: d(a.client, b.client) };
  }

  static add(a: CpuSpent, b: CpuSpent): CpuSpent {
    return { wallMs: a.wallMs + b.wallMs, gatewayMs: a.gatewayMs + b.gatewayMs, fakeMs: a.fakeMs + b.fakeMs, clientMs: a.clientMs + b.clientMs };
  }

  static readonly zero: CpuSpent = { wallMs: 0, gatewayMs: 0, fakeMs: 0, clientMs: 0 };
}
