/**
 * Parent side of a benchmark child process: forks a TypeScript file under tsx, waits for its
 * "ready" message, then sends it commands (memory, CPU, exit) and awaits the replies.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Command, CommandMessage, ReadyMessage, ReplyMessage } from './protocol.js';

export class ChildHandle {
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(readonly name: string, private readonly proc: ChildProcess, readonly url: string) {
    proc.on('message', (m: ReplyMessage) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(`${name}: ${m.error}`));
      else p.resolve(m.result);
    });
    proc.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`${name} exited (code ${code}) with a command pending`));
      this.pending.clear();
    });
  }

  /** Forks `file` with tsx loaded; `arg` is passed as JSON in argv[2]. */
  static async start(name: string, file: string, arg: unknown, execArgv: string[] = []): Promise<ChildHandle> {
    const proc = fork(file, [JSON.stringify(arg)], {
      execArgv: ['--import', 'tsx', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} exited (code ${code}) before it was ready`));
      proc.once('exit', onExit);
      proc.once('error', reject);
      proc.once('message', (m: ReadyMessage) => {
        proc.off('exit', onExit);
        resolve(m.ready);
      });
    });
    return new ChildHandle(name, proc, url);
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  call<T>(cmd: Command): Promise<T> {
    const id = ++this.seq;
    const msg: CommandMessage = { id, cmd };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.proc.send(msg);
    });
  }

  /** Asks the child to close cleanly (so --cpu-prof gets written); kills it after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = once(this.proc, 'exit');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    try {
      await this.call('exit').catch(() => undefined);
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
