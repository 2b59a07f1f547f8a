/**
 * `npm run bench`: time to first token, total stream time and memory per open stream through
 * the real gateway versus straight to the fake model endpoint, printed as markdown tables.
 * Env knobs are in params.ts; BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the gateway.
 */
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildHandle } from './child-handle.js';
import { CpuMeter } from './cpu.js';
import { readParams, scriptText } from './params.js';
import { final, level, memory, newAgent, warmup, warmupWide, type LevelRun, type Rig } from './phases.js';
import { cpuTable, errorList, finalTable, latencyTable, memoryTable, overheadTable, TARGET_LEVEL, verdict } from './print.js';
import type { FakeChildOptions } from './protocol.js';
import type { StreamResult } from './client.js';
import { makeTargets } from './targets.js';
import { header } from './header.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { TokenStore } from '../../src/server/auth/token-store.js';

/** The fake server's keep-alive is 5 s; after this the gateway's idle upstream sockets are gone. */
const UPSTREAM_IDLE_MS = 5500;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const p = readParams(process.env);
const text = scriptText(p);
const profileDir = process.env.BENCH_CPU_PROF;
const startedAt = performance.now();

const fakeOptions: FakeChildOptions = { text, chunkChars: p.chunkChars, paceMs: p.paceMs, holdAfterChunks: p.holdAfterChunks, holdMs: p.holdMs };
const dataDir = mkdtempSync(join(os.tmpdir(), 'wenshu-bench-'));
const databaseUrl = `sqlite:${join(dataDir, 'wenshu.db')}`;

/** An author token in the bench database, made before the gateway opens it. */
async function authorToken(): Promise<string> {
  const database = await openDatabase(databaseUrl);
  try {
    await migrateToLatest(database);
    return (await new TokenStore(database).create({ name: 'bench author', role: 'author', by: 'bench' })).token;
  } finally {
    await database.close();
  }
}
let fake: ChildHandle | undefined;
let gateway: ChildHandle | undefined;
try {
  const token = await authorToken();
  fake = await ChildHandle.start('fake model server', here('./fake-child.ts'), fakeOptions);
  gateway = await ChildHandle.start(
    'gateway',
    process.env.BENCH_GATEWAY_CHILD ?? here('./gateway-child.ts'), // another entry, for experiments
    {
      TLS: 'false',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN: 'bench-admin-token-0123456789',
      LOG_LEVEL: 'silent',
      MODEL_BASE_URL: fake.url,
      MODEL_NAME: 'fake-model',
      MODEL_CONCURRENCY: '1000', // the queue must never hold a stream back: we measure the pipe
      MODEL_QUEUE_LIMIT: '1000',
      RATE_LIMIT_GENERATIONS_PER_MINUTE: '0', // one bench user opens hundreds of streams a minute
    },
    // 200 µs sampling: per-request costs are well under a millisecond each.
    ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=200'] : [])],
  );
  const rig: Rig = {
    p,
    targets: makeTargets(fake.url, gateway.url, text, { token }),
    holdTargets: makeTargets(fake.url, gateway.url, text, { hold: true, token }),
    gateway,
    cpu: new CpuMeter(gateway, fake),
    ctx: { agent: newAgent(), timeoutMs: p.streamTimeoutMs },
  };
  console.log(header(p, { client: process.pid, fake: fake.pid, gateway: gateway.pid }));
  const runStart = await rig.cpu.snapshot();

  const streamMs = await warmup(rig);
  // Memory first, while the gateway has only the warm-up's few idle sockets and a settled heap.
  const mem = await memory(rig, UPSTREAM_IDLE_MS);
  progress('memory');
  await warmupWide(rig, Math.max(...p.levels));
  const levels: LevelRun[] = [];
  for (const n of p.levels) {
    levels.push(await level(rig, n, streamMs));
    progress(`${n} concurrent`);
  }
  const fin = p.finalStreams > 0 ? await final(rig) : undefined;
  rig.ctx.agent.destroy();
  const whole = CpuMeter.spent(runStart, await rig.cpu.snapshot());

  console.log(`\n## Latency (steady load: starts spread over one stream duration of ${streamMs.toFixed(0)} ms)\n`);
  console.log(latencyTable(levels));
  console.log('\n## Gateway overhead (gateway − direct)\n');
  console.log(overheadTable(levels));
  console.log('\n## CPU while measuring (% of one core; 2 cores = 200 %)\n');
  console.log(cpuTable(levels, p.chunks));
  console.log(`\n## Gateway memory per open stream (after a forced GC; idle baseline: warmed, no client sockets, upstream keep-alive expired)\n`);
  console.log(memoryTable(mem));
  if (fin) {
    console.log(`\n## ${p.finalStreams} concurrent streams held to completion\n`);
    console.log(finalTable(fin, p.finalStreams));
  }
  const phases: [string, StreamResult[]][] = [
    ...levels.flatMap((l): [string, StreamResult[]][] => [[`${l.level} direct`, l.direct.all], [`${l.level} gateway`, l.gateway.all]]),
    ...mem.map((m): [string, StreamResult[]] => [`memory ${m.open}`, m.results]),
    ...(fin ? ([[`final direct`, fin.direct.results], [`final gateway`, fin.gateway.results]] as [string, StreamResult[]][]) : []),
  ];
  for (const [name, results] of phases) {
    const listed = errorList(results);
    if (listed.length) console.log(`\nErrors in ${name}: ${listed.join('; ')}`);
  }
  const at = levels.find((l) => l.level === TARGET_LEVEL);
  if (at) {
    const v = verdict(at);
    console.log(
      `\nTargets at ${TARGET_LEVEL} streams: median TTFT overhead ${v.ttftOverheadMs.toFixed(2)} ms (< 2 ms), ` +
        `total ${v.totalOverheadPct.toFixed(2)} % (< 3 %): ${v.met ? 'met' : 'MISSED'}.`,
    );
  }
  const other = (whole.otherMs / whole.wallMs) * 100;
  if (Number.isFinite(other)) {
    console.log(
      `Other processes on this machine used ${other.toFixed(0)} % of one core on average during the run` +
        (other > 15 ? ' — the machine was shared; latencies above include that noise, rerun on a quiet machine.' : '.'),
    );
  }
  console.log(`Bench time ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
} finally {
  await gateway?.stop();
  await fake?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Progress on stderr, so stdout stays the report. */
function progress(what: string): void {
  console.error(`  … ${what} done (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);
}
