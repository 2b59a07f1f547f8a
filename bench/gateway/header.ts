/** The report's preamble: the machine, the process layout and every parameter of the run. */
import os from 'node:os';
import type { BenchParams } from './params.js';

export function header(p: BenchParams, pids: { client: number; fake: number | undefined; gateway: number | undefined }): string {
  const cpus = os.cpus();
  const modelS = ((p.chunks - 1) * p.paceMs) / 1000;
  return [
    '# Wenshu gateway benchmark',
    '',
    `- machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; node ${process.version}`,
    `- processes: load generator (pid ${pids.client}), fake model server (pid ${pids.fake}), gateway (pid ${pids.gateway}), not pinned. ` +
      'The gateway runs alone so its memory and CPU are read apart from the others; the fake model has its own process ' +
      'because on a real site it is another machine; both paths share one client process and one keep-alive http.Agent. ' +
      'Three processes share the cores, so the CPU table shows where they went.',
    `- stream: ${p.chunks} chunks × ${p.chunkChars} characters, ${p.paceMs} ms apart (≈ ${modelS.toFixed(2)} s of model time); ` +
      'gateway: POST /api/revisions {action: polish, zh-CN}; direct: POST /v1/chat/completions (stream, include_usage) with the same messages',
    `- load: ${p.singleRounds} single streams per path, alternating; at ${p.levels.filter((n) => n > 1).join(' and ')} streams ` +
      `${p.blocksPerPath} blocks per path, alternating, each measuring the streams started in a ${p.windowMs} ms window of steady load`,
    `- memory: ${p.holdCounts.join(' and ')} streams through the gateway, paused after ${p.holdAfterChunks} chunks for ${p.holdMs} ms; ` +
      `final: ${p.finalStreams} streams started together per path, at the normal pace`,
    '- TTFT: request start to the first non-empty content delta; total: request start to the end of the response',
  ].join('\n');
}
