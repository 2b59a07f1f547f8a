/**
 * A bounded first-in-first-out line in front of the model endpoint. At most `concurrency`
 * requests run; up to `maxWaiting` more wait in arrival order and are told their place as it
 * changes; beyond that a request is refused at once (503 queue_full) rather than left hanging.
 * Every ticket is released exactly once in effect, whatever the caller's path (done, failed,
 * cancelled while waiting, released twice), so slots never leak.
 */
import { WenshuError } from '../../core/errors/codes.js';

export interface QueueTicket {
  /** 0 = running, 1 = next in line, 2 = after that, … */
  readonly position: number;
  /** Called with the new position on every change (not for the position at join time). */
  onPosition(cb: (position: number) => void): void;
  /** Resolves when the ticket may run; rejects with `cancelled` if released while waiting. */
  readonly granted: Promise<void>;
  /** Frees the slot, or leaves the line. Idempotent. */
  release(): void;
}

export interface QueueStats {
  running: number;
  waiting: number;
  concurrency: number;
  maxWaiting: number;
}

export interface ModelQueueOptions {
  concurrency: number;
  maxWaiting: number;
}

type State = 'waiting' | 'running' | 'released';

class Ticket implements QueueTicket {
  state: State = 'waiting';
  position = -1;
  readonly granted: Promise<void>;
  private listeners: ((position: number) => void)[] = [];
  private resolve!: () => void;
  private reject!: (err: Error) => void;

  constructor(private readonly queue: ModelQueue) {
    this.granted = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // A caller that leaves the line and never awaits `granted` must not crash the process.
    this.granted.catch(() => undefined);
  }

  onPosition(cb: (position: number) => void): void {
    this.listeners.push(cb);
  }

  release(): void {
    this.queue.release(this);
  }

  /** Internal: position changes and state transitions, driven by the queue. */
  moveTo(position: number): void {
    if (position === this.position) return;
    this.position = position;
    for (const cb of this.listeners) cb(position);
  }

  run(): void {
    this.state = 'running';
    this.grant();
  }

  /** Tells a ticket already counted as running; skipped if a callback released it meanwhile. */
  grant(): void {
    if (this.state !== 'running') return;
    this.moveTo(0);
    this.resolve();
  }

  leave(): void {
    const wasWaiting = this.state === 'waiting';
    this.state = 'released';
    this.listeners = [];
    if (wasWaiting) this.reject(new WenshuError('cancelled', 499));
  }
}

export class ModelQueue {
  private running = 0;
  private readonly line: Ticket[] = [];

  constructor(private readonly opts: ModelQueueOptions) {
    if (!(opts.concurrency >= 1) || !(opts.maxWaiting >= 0)) {
      throw new RangeError('ModelQueue needs concurrency >= 1 and maxWaiting >= 0');
    }
  }

  /**
   * Reserves `count` tickets together (the n candidates of one draft) or none: a draft never
   * starts with only some of its candidates admitted.
   */
  join(count = 1): QueueTicket[] {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
    const room = this.opts.concurrency + this.opts.maxWaiting - this.running - this.line.length;
    if (count > room) throw new WenshuError('queue_full', 503, { waiting: this.line.length });
    const tickets: Ticket[] = [];
    for (let i = 0; i < count; i++) {
      const t = new Ticket(this);
      tickets.push(t);
      // Strict FIFO: a free slot goes to a newcomer only when nobody is waiting.
      if (this.running < this.opts.concurrency && this.line.length === 0) {
        this.running++;
        t.run();
      } else {
        this.line.push(t);
        t.moveTo(this.line.length);
      }
    }
    return tickets;
  }

  stats(): QueueStats {
    return { running: this.running, waiting: this.line.length, concurrency: this.opts.concurrency, maxWaiting: this.opts.maxWaiting };
  }

  /** @internal called by Ticket.release */
  release(t: Ticket): void {
    if (t.state === 'released') return;
    if (t.state === 'running') {
      t.leave();
      this.running--;
      this.promote();
      return;
    }
    const at = this.line.indexOf(t);
    t.leave();
    if (at >= 0) {
      this.line.splice(at, 1);
      this.renumber(at);
    }
  }

  /** Fills free slots from the head of the line, then tells everyone behind their new place. */
  private promote(): void {
    // Bookkeeping first, callbacks after: a position callback may release tickets re-entrantly.
    const granted: Ticket[] = [];
    while (this.running < this.opts.concurrency && this.line.length > 0) {
      const t = this.line.shift()!;
      t.state = 'running';
      this.running++;
      granted.push(t);
    }
    if (granted.length === 0) return;
    for (const t of granted) t.grant();
    this.renumber(0);
  }

  private renumber(from: number): void {
    for (let i = from; i < this.line.length; i++) this.line[i]!.moveTo(i + 1);
  }
}
