/**
 * A Server-Sent Events writer over the raw response that respects backpressure: when the
 * socket's buffer is full it waits for 'drain' instead of buffering without bound.
 */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';

export class SseStream {
  private closed = false;

  constructor(private readonly res: ServerResponse, headers: Record<string, string> = {}) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-store: the stream is a user's draft; no cache may keep it.
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      ...headers,
    });
    res.flushHeaders();
    res.once('close', () => {
      this.closed = true;
    });
  }

  get isClosed(): boolean {
    return this.closed || this.res.destroyed;
  }

  async send(event: string, data: unknown): Promise<void> {
    if (this.isClosed) return;
    const ok = this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    if (!ok && !this.isClosed) await Promise.race([once(this.res, 'drain'), once(this.res, 'close')]);
  }

  end(): void {
    if (!this.isClosed) this.res.end();
    this.closed = true;
  }
}
