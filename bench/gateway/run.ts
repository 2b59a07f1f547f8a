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
import { final, level, memory, newAgent, warmup, type LevelRun, type Rig } from './phases.js';
import { cpuTable, errorList, finalTable, latencyTable, memoryTable, overheadTable, TARGET_LEVEL, verdict } from './print.js';
import type { FakeChildOptions } from './protocol.js';
import { makeTargets } from './targets.js';

/** The fake server's keep-alive is 5 s; after this the gateway's idle upstream sockets are gone. */
const UPSTREAM_IDLE_MS = 5500;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const p = readParams(process.env);
const text = scriptText(p);
const profileDir = process.env.BENCH_CPU_PROF;
const startedAt = performance.now();

const fakeOptions: FakeChildOptions = { text, chunkChars: p.chunkChars, paceMs: p.paceMs, holdAfterChunks: p.holdAfterChunks, holdMs: p.holdMs };
const dataDir = mkdtempSync(join(os.tmpdir(), 'wenshu-bench-'));
const fake = await ChildHandle.start('fake model server', here('./fake-child.ts'), fakeOptions);
let gateway: ChildHandle | undefined;
try {
  gateway = await ChildHandle.start(
    'gateway',
    here('./gateway-child.ts'),
    {
      TLS: 'false',
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'wenshu.db')}`,
      ADMIN_TOKEN: 'bench-admin-token-0123456789',
      LOG_LEVEL: 'silent',
      MODEL_BASE_URL: fake.url,
      MODEL_NAME: 'fake-model',
      MODEL_CONCURRENCY: '1000', // the queue must never hold a stream back: we measure the pipe
      MODEL_QUEUE_LIMIT: '1000',
    },
    ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  );
  const rig: Rig = {
    p,
    targets: makeTargets(fake.url, gateway.url, text),
    holdTargets: makeTargets(fake.url, gateway.url, text, { hold: true }),
    gateway,
    cpu: new CpuMeter(gateway, fake),
    ctx: { agent: newAgent(), timeoutMs: p.streamTimeoutMs },
  };
  printHeader(fake.pid, gateway.pid);

  const streamMs = await warmup(rig);
  const levels: LevelRun[] = [];
  for (const n of p.levels) {
    levels.push(await level(rig, n, streamMs));
    console.error(`  … ${n} concurrent done (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);
  }
  const mem = await memory(rig, UPSTREAM_IDLE_MS);
  console.error(`  … memory done (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);
  const fin = p.finalStreams > 0 ? await final(rig) : undefined;
  rig.ctx.agent.destroy();

  console.log(`\n## Latency (steady load: starts spread over one stream duration of ${streamMs.toFixed(0)} ms)\n`);
  console.log(latencyTable(levels));
  console.log('\n## Gateway overhead (gateway − direct)\n');
  console.log(overheadTable(levels));
  console.log('\n## CPU while measuring (% of one core; 2 cores = 200 %)\n');
  console.log(cpuTable(levels, p.chunks));
  console.log(`\n## Gateway memory per open stream (after a forced GC; idle baseline with no sockets open)\n`);
  console.log(memoryTable(mem));
  if (fin) {
    console.log(`\n## ${p.finalStreams} concurrent streams held to completion\n`);
    console.log(finalTable(fin, p.finalStreams));
  }
  const errors = [...levels.flatMap((l) => [...l.direct.all, ...l.gateway.all]), ...mem.flatMap((m) => m.results), ...(fin ? [...fin.direct.results, ...fin.gateway.results] : [])];
  const listed = errorList(errors);
  if (listed.length) console.log(`\nErrors: ${listed.join('; ')}`);
  const at = levels.find((l) => l.level === TARGET_LEVEL);
  if (at) {
    const v = verdict(at);
    console.log(
      `\nTargets at ${TARGET_LEVEL} streams: median TTFT overhead ${v.ttftOverheadMs.toFixed(2)} ms (< 2 ms), ` +
        `total ${v.totalOverheadPct.toFixed(2)} % (< 3 %): ${v.met ? 'met' : 'MISSED'}.`,
    );
  }
  console.log(`Bench time ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
} finally {
  await gateway?.stop();
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

function printHeader(fakePid: number | undefined, gatewayPid: number | undefined): void {
  const cpus = os.cpus();
  const streamS = ((p.chunks - 1) * p.paceMs) / 1000;
  console.log('# Wenshu gateway benchmark\n');
  console.log(`- machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; node ${process.version}`);
  console.log(
    `- processes: load generator (pid ${process.pid}), fake model server (pid ${fakePid}), gateway (pid ${gatewayPid}), not pinned. ` +
      'The gateway runs alone so its memory and CPU are read apart from the others; the fake model gets its own process ' +
      'because on a real site it is another machine; both paths share one client process and one keep-alive http.Agent.',
  );
  console.log(
    `- stream: ${p.chunks} chunks × ${p.chunkChars} characters, ${p.paceMs} ms apart (≈ ${streamS.toFixed(2)} s of model time); ` +
      'gateway: POST /api/revisions {action: polish, zh-CN}; direct: POST /v1/chat/completions (stream, include_usage) with the same messages',
  );
  console.log(
    `- load: ${p.singleRounds} single streams per path alternating; at ${p.levels.filter((n) => n > 1).join(' and ')} streams ` +
      `${p.blocksPerPath} blocks per path alternating, each measuring streams started in a ${p.windowMs} ms window of steady load`,
  );
  console.log(
    `- memory: ${p.holdCounts.join(' and ')} streams through the gateway paused after ${p.holdAfterChunks} chunks for ${p.holdMs} ms; ` +
      `final: ${p.finalStreams} streams started together per path, at the normal pace`,
  );
  console.log('- TTFT: request start to the first non-empty content delta; total: request start to the end of the response');
}
