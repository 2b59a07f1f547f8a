/**
 * A Server-Sent Events writer over the raw response that respects backpressure: when the
 * socket's buffer is full it waits for 'drain' instead of buffering without bound. The head
 * goes out with the first event, so headers and the first events share one write.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { once } from 'node:events';

export class SseStream {
  private closed = false;
  private headed = false;

  constructor(private readonly res: ServerResponse, private readonly headers: OutgoingHttpHeaders = {}) {
    res.once('close', () => {
      this.closed = true;
    });
  }

  get isClosed(): boolean {
    return this.closed || this.res.destroyed;
  }

  private head(): void {
    if (this.headed) return;
    this.headed = true;
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-store: the stream is a user's draft; no cache may keep it.
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      ...this.headers,
    });
  }

  async send(event: string, data: unknown): Promise<void> {
    if (this.isClosed) return;
    this.head();
    const ok = this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    if (!ok && !this.isClosed) await Promise.race([once(this.res, 'drain'), once(this.res, 'close')]);
  }

  /** Runs `write` with the socket corked, so the events it sends leave in one packet. */
  batch(write: () => void): void {
    if (this.isClosed) return;
    this.res.cork();
    try {
      write();
    } finally {
      this.res.uncork();
    }
  }

  end(): void {
    if (!this.isClosed) {
      this.head();
      this.res.end();
    }
    this.closed = true;
  }
}
