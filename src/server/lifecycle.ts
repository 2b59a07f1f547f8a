/**
 * Graceful shutdown: once closing starts, new generations are refused, running streams get
 * SHUTDOWN_GRACE_MS to finish, and whatever is still running after that is aborted.
 */
import { WenshuError } from '../core/errors/codes.js';

export class Lifecycle {
  private closing = false;
  private readonly active = new Set<AbortController>();
  private idle: (() => void) | undefined;

  get activeStreams(): number {
    return this.active.size;
  }

  get isClosing(): boolean {
    return this.closing;
  }

  assertAccepting(): void {
    if (this.closing) throw new WenshuError('shutting_down', 503);
  }

  track(abort: AbortController): () => void {
    this.active.add(abort);
    return () => {
      this.active.delete(abort);
      if (this.active.size === 0) this.idle?.();
    };
  }

  /** Resolves when every stream has ended, aborting the rest after graceMs. */
  async drain(graceMs: number): Promise<{ finished: boolean }> {
    this.closing = true;
    if (this.active.size === 0) return { finished: true };
    const allDone = new Promise<void>((resolve) => (this.idle = resolve));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
    const late = await Promise.race([allDone.then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) {
      for (const a of this.active) a.abort();
      await Promise.race([allDone, new Promise((r) => setTimeout(r, 2000))]);
    }
    return { finished: !late };
  }
}
