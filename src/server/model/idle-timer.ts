/**
 * The idle timeout between chunks. One Node timer is re-armed with `refresh()` on every chunk
 * instead of a new setTimeout per chunk, which matters at hundreds of concurrent streams.
 * While disarmed (the consumer is busy, e.g. waiting on `res.write` backpressure) a firing is
 * ignored: only the upstream's silence counts.
 */
export class IdleTimer {
  private timer: NodeJS.Timeout | undefined;
  private onIdle: (() => void) | undefined;

  constructor(private readonly ms: number) {}

  /** Starts (or restarts) the countdown; `onIdle` runs if nothing disarms it in time. */
  arm(onIdle: () => void): void {
    this.onIdle = onIdle;
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(() => this.fire(), this.ms);
  }

  disarm(): void {
    this.onIdle = undefined;
  }

  stop(): void {
    this.onIdle = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    const onIdle = this.onIdle;
    this.onIdle = undefined;
    onIdle?.();
  }
}
