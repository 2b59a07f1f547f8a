/**
 * The benchmark's knobs, with defaults sized so the whole run stays under ~3 minutes on 2 cores.
 * Each can be overridden by an environment variable (BENCH_*) for a quicker or longer run.
 */
export interface BenchParams {
  /** Content chunks per stream and code points per chunk (Chinese text: ~1 token per 1–2 chars). */
  chunks: number;
  chunkChars: number;
  /** Milliseconds between chunks at the fake model: a realistic decode pace. */
  paceMs: number;
  /** Concurrency levels for the latency tables. */
  levels: number[];
  /** Single streams per path at concurrency 1 (alternating direct / gateway). */
  singleRounds: number;
  /** Blocks per path at each level above 1 (alternating direct / gateway, so drift hits both). */
  blocksPerPath: number;
  /** How long each block collects samples once every virtual user is running. */
  windowMs: number;
  /** Open-stream counts for the memory table. */
  holdCounts: number[];
  /** A held stream pauses after this many chunks, for holdMs, so memory is read mid-stream. */
  holdAfterChunks: number;
  holdMs: number;
  /** Streams started at once and held to completion (error count). */
  finalStreams: number;
  /** Longest a single stream may take before the client gives up (keeps every loop bounded). */
  streamTimeoutMs: number;
}

function num(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

function list(env: NodeJS.ProcessEnv, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const out = raw.split(',').map((s) => Number(s.trim()));
  if (out.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name} must be a comma-separated list of positive integers`);
  return out;
}

export function readParams(env: NodeJS.ProcessEnv): BenchParams {
  return {
    chunks: num(env, 'BENCH_CHUNKS', 60),
    chunkChars: num(env, 'BENCH_CHUNK_CHARS', 4),
    paceMs: num(env, 'BENCH_PACE_MS', 20),
    levels: list(env, 'BENCH_LEVELS', [1, 50, 200]),
    singleRounds: num(env, 'BENCH_SINGLE_ROUNDS', 10),
    blocksPerPath: num(env, 'BENCH_BLOCKS', 2),
    windowMs: num(env, 'BENCH_WINDOW_MS', 2500),
    holdCounts: list(env, 'BENCH_HOLD', [100, 500]),
    holdAfterChunks: num(env, 'BENCH_HOLD_AFTER', 10),
    holdMs: num(env, 'BENCH_HOLD_MS', 3000),
    finalStreams: num(env, 'BENCH_FINAL', 500),
    streamTimeoutMs: num(env, 'BENCH_STREAM_TIMEOUT_MS', 30_000),
  };
}

/** The scripted answer: plain Chinese prose cut to `chunks × chunkChars` code points. */
export function scriptText(p: BenchParams): string {
  const sentence = '本季度各部门按计划推进重点工作，项目进度总体符合预期，下一阶段将加强协调，确保按期完成年度目标。';
  const need = p.chunks * p.chunkChars;
  let chars: string[] = [];
  while (chars.length < need) chars = chars.concat(Array.from(sentence));
  return chars.slice(0, need).join('');
}

/** Put in the selection text of a request whose stream should pause mid-way (memory phase). */
export const HOLD_MARK = 'BENCH-HOLD-MID-STREAM';
