/** Turns phase results into the markdown tables of the report. */
import type { StreamResult } from './client.js';
import type { FinalRun, LevelRun, MemoryRow } from './phases.js';
import { bytes, ms, overhead, pct, table } from './report.js';
import { summarise } from './stats.js';

/** The targets, checked at this concurrency. */
export const TARGET_LEVEL = 50;
export const TARGET_TTFT_MS = 2;
export const TARGET_TOTAL_PCT = 3;

const errorsIn = (rs: StreamResult[]) => rs.filter((r) => !r.ok).length;
const ok = (rs: StreamResult[]) => rs.filter((r) => r.ok);
const ttft = (rs: StreamResult[]) => summarise(ok(rs).map((r) => r.ttftMs));
const total = (rs: StreamResult[]) => summarise(ok(rs).map((r) => r.totalMs));

export function latencyTable(levels: LevelRun[]): string {
  const rows = levels.flatMap((l) =>
    (['direct', 'gateway'] as const).map((path) => {
      const run = l[path];
      const a = ttft(run.samples);
      const b = total(run.samples);
      return [String(l.level), path, String(a.n), String(errorsIn(run.all)), ms(a.median), ms(a.p95), ms(b.median, 1), ms(b.p95, 1)];
    }),
  );
  return table(['concurrent streams', 'path', 'measured', 'errors', 'TTFT p50', 'TTFT p95', 'total p50', 'total p95'], rows);
}

export interface Verdict {
  ttftOverheadMs: number;
  totalOverheadPct: number;
  met: boolean;
}

export function verdict(l: LevelRun): Verdict {
  const ttftOverheadMs = ttft(l.gateway.samples).median - ttft(l.direct.samples).median;
  const td = total(l.direct.samples).median;
  const totalOverheadPct = ((total(l.gateway.samples).median - td) / td) * 100;
  return { ttftOverheadMs, totalOverheadPct, met: ttftOverheadMs < TARGET_TTFT_MS && totalOverheadPct < TARGET_TOTAL_PCT };
}

export function overheadTable(levels: LevelRun[]): string {
  const rows = levels.map((l) => {
    const [dt, gt, dT, gT] = [ttft(l.direct.samples), ttft(l.gateway.samples), total(l.direct.samples), total(l.gateway.samples)];
    let target = '';
    if (l.level === TARGET_LEVEL) {
      const v = verdict(l);
      target = `TTFT < ${TARGET_TTFT_MS} ms: ${v.ttftOverheadMs < TARGET_TTFT_MS ? 'met' : 'MISSED'}; total < ${TARGET_TOTAL_PCT} %: ${v.totalOverheadPct < TARGET_TOTAL_PCT ? 'met' : 'MISSED'}`;
    }
    return [String(l.level), overhead(gt.median, dt.median), overhead(gt.p95, dt.p95), overhead(gT.median, dT.median), overhead(gT.p95, dT.p95), target];
  });
  return table(['concurrent streams', 'TTFT p50', 'TTFT p95', 'total p50', 'total p95', 'target'], rows);
}

export function cpuTable(levels: LevelRun[], chunks: number): string {
  const rows = levels
    .filter((l) => l.level > 1) // at 1 stream the paths alternate stream by stream: no separate figure
    .flatMap((l) =>
      (['direct', 'gateway'] as const).map((path) => {
        const { cpu, all } = l[path];
        const perStream = path === 'gateway' && all.length ? cpu.gatewayMs / all.length : NaN;
        return [
          String(l.level), path, `${(cpu.wallMs / 1000).toFixed(1)} s`, String(all.length),
          pct((cpu.gatewayMs / cpu.wallMs) * 100), pct((cpu.fakeMs / cpu.wallMs) * 100), pct((cpu.clientMs / cpu.wallMs) * 100),
          pct((cpu.otherMs / cpu.wallMs) * 100),
          Number.isFinite(perStream) ? `${perStream.toFixed(2)} ms (${((perStream / chunks) * 1000).toFixed(0)} µs/chunk)` : '–',
        ];
      }),
    );
  return table(['concurrent streams', 'path', 'wall', 'streams', 'gateway CPU', 'fake CPU', 'client CPU', 'other processes', 'gateway CPU per stream'], rows);
}

export function memoryTable(rows: MemoryRow[]): string {
  return table(
    ['open streams', 'read while open', 'errors', 'RSS Δ', 'RSS / stream', 'V8 heap Δ', 'heap / stream', 'external+buffers / stream'],
    rows.map((r) => {
      if (!r.held) return [String(r.open), 'not all reached the pause', String(errorsIn(r.results)), '–', '–', '–', '–', '–'];
      const d = (k: 'rss' | 'heapUsed') => r.held![k] - r.base[k];
      const ext = r.held.external - r.base.external; // external already includes arrayBuffers
      return [
        String(r.open), `${r.open - r.endedBeforeProbe}/${r.open}`, String(errorsIn(r.results)),
        bytes(d('rss')), bytes(d('rss') / r.open), bytes(d('heapUsed')), bytes(d('heapUsed') / r.open), bytes(ext / r.open),
      ];
    }),
  );
}

export function finalTable(f: FinalRun, n: number): string {
  const rows = (['direct', 'gateway'] as const).map((path) => {
    const { results, maxOpen } = f[path];
    const a = ttft(results);
    const b = total(results);
    return [path, String(n), String(maxOpen), String(results.length - errorsIn(results)), String(errorsIn(results)), ms(a.median), ms(a.p95), ms(b.median, 1), ms(b.p95, 1)];
  });
  return table(['path', 'started together', 'max open', 'completed', 'errors', 'TTFT p50', 'TTFT p95', 'total p50', 'total p95'], rows);
}

/** Distinct error messages with counts, so a failure is explained, not just counted. */
export function errorList(results: StreamResult[]): string[] {
  const counts = new Map<string, number>();
  for (const r of results) if (!r.ok) counts.set(r.error ?? '?', (counts.get(r.error ?? '?') ?? 0) + 1);
  return [...counts].map(([m, c]) => `${c} × ${m}`);
}
