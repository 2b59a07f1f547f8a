import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SseStream } from '../../../src/server/http/sse.js';

describe('the SSE writer', () => {
  let server: Server;
  let stream: Promise<SseStream>;

  beforeEach(async () => {
    let resolve!: (s: SseStream) => void;
    stream = new Promise((r) => (resolve = r));
    server = createServer((_req, res) => resolve(new SseStream(res)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  function connect(): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = request({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', path: '/' }, resolve);
      req.on('error', reject);
      req.end();
    });
  }

  it('waits for a slow reader instead of buffering without bound, and goes on when it reads', async () => {
    const responded = connect();
    const sse = await stream;
    await sse.send('meta', {});
    const res = await responded;
    res.pause(); // a client that has stopped reading
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    let blocked = false;
    while (sent < 2000) {
      const write = sse.send('delta', { text: chunk });
      const settled = await Promise.race([write.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 100))]);
      if (!settled) {
        blocked = true;
        // Reading again drains the socket and lets the pending send finish.
        res.resume();
        await write;
        break;
      }
      sent++;
    }
    expect(blocked).toBe(true);
    expect(sent).toBeLessThan(2000); // stopped well before 128 MB were buffered
    res.destroy();
  });

  it('writes events in the text/event-stream format and stops writing once the client is gone', async () => {
    const responded = connect();
    const sse = await stream;
    await sse.send('delta', { candidate: 0, text: '你好' });
    const res = await responded;
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const first = await new Promise<string>((r) => res.once('data', (d: Buffer) => r(d.toString())));
    expect(first).toBe('event: delta\ndata: {"candidate":0,"text":"你好"}\n\n');
    res.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(sse.isClosed).toBe(true);
    await expect(sse.send('delta', { text: 'late' })).resolves.toBeUndefined();
  });

  it('still answers with the head when it ends without an event', async () => {
    const responded = connect();
    (await stream).end();
    const res = await responded;
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'text/event-stream; charset=utf-8']);
  });
});
