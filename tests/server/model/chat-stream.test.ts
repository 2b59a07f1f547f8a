/**
 * The SSE reader on its own, against a raw HTTP server that writes exact bytes: the wire
 * variations real servers produce (CRLF, split lines, comments, a last event without its blank
 * line, `event: error`) must all read as the SDK would read them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { APIConnectionError, APIError, RateLimitError } from 'openai';
import { openChatStream } from '../../../src/server/model/chat-stream.js';

type Script = (res: http.ServerResponse) => void;

let server: http.Server;
let baseURL = '';
let script: Script = () => undefined;
const seen: { url?: string; auth?: string; body?: string } = {};
/** The client port of each request: the same port twice means the connection was reused. */
const ports: number[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      Object.assign(seen, { url: req.url, auth: req.headers.authorization, body });
      ports.push(req.socket.remotePort ?? 0);
      script(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const chunk = (content: string, finish: string | null = null) =>
  JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: finish }] });

const body = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }], stream: true as const };

async function texts(apiKey?: string): Promise<string[]> {
  const out: string[] = [];
  for await (const c of await openChatStream({ baseURL, apiKey }, body, new AbortController().signal)) out.push(c.choices[0]?.delta?.content ?? '');
  return out;
}

const sse = (res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'text/event-stream' });

describe('the chat stream reader', () => {
  it('posts to /chat/completions under the base URL, with the key only when there is one', async () => {
    script = (res) => { sse(res); res.end(`data: ${chunk('a', 'stop')}\n\ndata: [DONE]\n\n`); };
    await texts();
    expect(seen.url).toBe('/v1/chat/completions');
    expect(seen.auth).toBeUndefined();
    expect(JSON.parse(seen.body ?? '{}')).toMatchObject({ model: 'm', stream: true });
    await texts('sk-private');
    expect(seen.auth).toBe('Bearer sk-private');
  });

  it('reads CRLF lines, events split across writes, comments and a last event without its blank line', async () => {
    script = (res) => {
      sse(res);
      const wire = `: keep-alive\r\n\r\ndata: ${chunk('你好')}\r\n\r\ndata: ${chunk('，世界')}\n\ndata: ${chunk('。', 'stop')}`;
      res.write(wire.slice(0, 25));
      setTimeout(() => res.end(wire.slice(25)), 5);
    };
    expect(await texts()).toEqual(['你好', '，世界', '。']);
  });

  it('stops at [DONE] and ignores anything after it', async () => {
    script = (res) => { sse(res); res.end(`data: ${chunk('a')}\n\ndata: [DONE]\n\ndata: ${chunk('late')}\n\n`); };
    expect(await texts()).toEqual(['a']);
  });

  it('raises an in-stream error object and an `event: error` as status-less API errors', async () => {
    script = (res) => { sse(res); res.end(`data: ${chunk('a')}\n\ndata: {"error":{"message":"overloaded","code":"busy"}}\n\n`); };
    await expect(texts()).rejects.toMatchObject({ status: undefined, code: 'busy' });
    script = (res) => { sse(res); res.end(`event: error\ndata: {"error":{"message":"bad"},"message":"bad"}\n\n`); };
    await expect(texts()).rejects.toBeInstanceOf(APIError);
  });

  it('turns an HTTP error into the SDK error for its status, with the Retry-After header kept', async () => {
    script = (res) => { res.writeHead(429, { 'retry-after': '2', 'content-type': 'application/json' }); res.end('{"error":{"message":"slow down"}}'); };
    const err = await texts().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).headers?.get('retry-after')).toBe('2');
  });

  it('reuses the upstream connection after a stream read to [DONE], and drops one left half-read', async () => {
    const done = (res: http.ServerResponse) => { sse(res); res.end(`data: ${chunk('a')}\n\ndata: [DONE]\n\n`); };
    script = done;
    ports.length = 0;
    await texts();
    await new Promise((r) => setTimeout(r, 20)); // the socket goes back to the pool once the response has ended
    await texts();
    expect(ports[1]).toBe(ports[0]);
    // A reader that stops early (the user pressed Stop) leaves the rest unread: that socket must not serve the next draft.
    script = (res) => { sse(res); res.write(`data: ${chunk('a')}\n\n`); };
    const ctrl = new AbortController();
    for await (const c of await openChatStream({ baseURL }, body, ctrl.signal)) if (c) break;
    script = done;
    await texts();
    expect(new Set(ports).size).toBe(2);
  });

  it('does not wait for a server that keeps the response open after [DONE]', async () => {
    script = (res) => { sse(res); res.write(`data: ${chunk('a')}\n\ndata: [DONE]\n\n`); };
    const started = Date.now();
    expect(await texts()).toEqual(['a']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops a request when its signal is aborted, before or after the answer began', async () => {
    const before = new AbortController();
    before.abort();
    await expect(openChatStream({ baseURL }, body, before.signal)).rejects.toBeInstanceOf(APIConnectionError);
    let serverSawClose!: () => void;
    const closed = new Promise<void>((r) => (serverSawClose = r));
    script = (res) => { sse(res); res.write(`data: ${chunk('a')}\n\n`); res.once('close', serverSawClose); };
    const during = new AbortController();
    const read = (async () => {
      const out: string[] = [];
      for await (const c of await openChatStream({ baseURL }, body, during.signal)) {
        out.push(c.choices[0]?.delta?.content ?? '');
        during.abort();
      }
      return out;
    })();
    await expect(read).rejects.toThrow();
    await closed; // the upstream server was told: nothing keeps generating for nobody
  });

  it('reports a refused connection as a connection error', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(openChatStream({ baseURL: `http://127.0.0.1:${port}/v1` }, body, new AbortController().signal)).rejects.toBeInstanceOf(APIConnectionError);
  });
});
