/** Child side of the benchmark IPC: announce the URL, answer memory/CPU questions, exit on request. */
import type { Command, CommandMessage, MemSample, ReadyMessage, ReplyMessage } from './protocol.js';

type Handlers = { exit: () => Promise<void> } & Partial<Record<Exclude<Command, 'exit'>, () => unknown>>;

/** Memory after a full collection, so the heap figures hold live objects only. */
export function collectedMemory(): MemSample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start this process with --expose-gc');
  gc();
  gc(); // a second pass picks up what the first one's finalisers released
  return process.memoryUsage();
}

export function serve(url: string, handlers: Handlers): void {
  const send = (m: ReplyMessage | ReadyMessage, then?: () => void) => process.send?.(m, undefined, undefined, then);
  process.on('message', (m: CommandMessage) => {
    if (typeof m?.id !== 'number') return; // not ours (an experiment's own messages)
    void (async () => {
      try {
        if (m.cmd === 'exit') {
          await handlers.exit();
          // Exit only once the reply is out; a normal exit also writes a --cpu-prof profile.
          send({ id: m.id, result: null }, () => process.exit(0));
          return;
        }
        const handler = m.cmd === 'cpu' ? (handlers.cpu ?? (() => process.cpuUsage())) : (handlers.mem ?? collectedMemory);
        send({ id: m.id, result: await handler() });
      } catch (err) {
        send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
      }
    })();
  });
  // The parent died without asking: do not linger.
  process.on('disconnect', () => process.exit(1));
  send({ ready: url });
}
