/**
 * One streamed request, timed from just before the request is written: time to the first
 * content delta and to the end of the response. Both paths go through the same keep-alive
 * Agent and the same parser cost, so the only difference measured is the gateway.
 */
import http from 'node:http';
import { parseBlock, type WireFormat } from './sse.js';

export interface Target {
  name: 'direct' | 'gateway';
  port: number;
  path: string;
  /** The request body, serialised once. */
  body: string;
  format: WireFormat;
  /** The text the stream must deliver in full; anything else counts as an error. */
  expected: string;
  /** Extra request headers (the gateway's bearer token). */
  headers?: Record<string, string>;
}

export interface StreamResult {
  ok: boolean;
  error?: string;
  /** performance.now() when the request started. */
  start: number;
  ttftMs: number;
  totalMs: number;
}

export interface StreamOptions {
  agent: http.Agent;
  timeoutMs: number;
  /** Called with the running count of content deltas. */
  onDelta?: (count: number) => void;
}

export function runStream(t: Target, opts: StreamOptions): Promise<StreamResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    let ttftMs = NaN;
    let text = '';
    let deltas = 0;
    let done = false;
    let settled = false;
    let buffer = '';

    const finish = (error?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!error && !done) error = 'stream ended without done';
      if (!error && text !== t.expected) error = 'streamed text differs from the script';
      resolve({ ok: !error, error, start, ttftMs, totalMs: performance.now() - start });
    };

    const onBlock = (block: string): void => {
      const ev = parseBlock(t.format, block);
      if (ev === null) return;
      if (ev.type === 'delta') {
        if (deltas++ === 0) ttftMs = performance.now() - start;
        text += ev.text;
        opts.onDelta?.(deltas);
      } else if (ev.type === 'done') done = true;
      else finish(ev.message);
    };

    const req = http.request(
      {
        host: '127.0.0.1',
        port: t.port,
        path: t.path,
        method: 'POST',
        agent: opts.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(t.body), accept: 'text/event-stream', ...t.headers },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          finish(`HTTP ${res.statusCode}`);
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            try {
              onBlock(block);
            } catch (err) {
              finish(`unparsable event: ${(err as Error).message}`);
            }
          }
        });
        res.on('end', () => finish());
        res.on('error', (err) => finish(err.message));
        res.on('close', () => finish(res.complete ? undefined : 'connection closed mid-stream'));
      },
    );
    req.on('error', (err) => finish(err.message));
    const timer = setTimeout(() => {
      finish(`no end after ${opts.timeoutMs} ms`);
      req.destroy();
    }, opts.timeoutMs);
    req.end(t.body);
  });
}
