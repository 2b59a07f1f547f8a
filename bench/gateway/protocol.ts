/** Messages between the benchmark and its child processes (fake model server, gateway). */
export type Command = 'mem' | 'cpu' | 'exit';

export interface CommandMessage {
  id: number;
  cmd: Command;
}

export interface ReplyMessage {
  id: number;
  result?: unknown;
  error?: string;
}

/** Sent once by a child when it listens; `url` is its base URL. */
export interface ReadyMessage {
  ready: string;
}

/** process.memoryUsage() after a forced GC, in bytes. */
export type MemSample = NodeJS.MemoryUsage;

/** process.cpuUsage(), in microseconds. */
export type CpuSample = NodeJS.CpuUsage;

/** What the fake model child needs to build its scripts. */
export interface FakeChildOptions {
  text: string;
  chunkChars: number;
  paceMs: number;
  holdAfterChunks: number;
  holdMs: number;
}
