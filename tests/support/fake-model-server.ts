/**
 * A fake OpenAI-compatible model server for tests and the benchmark. It speaks the real wire
 * format (SSE `chat.completion.chunk` lines, the usage-only last chunk, `[DONE]`, OpenAI-style
 * error bodies) over real HTTP on a loopback port, and can be told how to misbehave per request:
 * pace, stalls, resets, 429/5xx, in-stream errors, missing finish reason or `[DONE]`.
 *
 * Kept lean on purpose (no per-chunk allocations beyond the JSON line, recording optional) so the
 * benchmark can hold hundreds of concurrent streams through it.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one request should get. Everything is optional: the default is a short, well-formed answer. */
export interface FakeScript {
  /** Answer with this HTTP status and an OpenAI-style error body instead of a completion (e.g. 429, 500, 503). */
  status?: number;
  /** Retry-After header value sent with `status` (seconds, or an HTTP date). */
  retryAfter?: string;
  /** Error message for `status` answers. */
  errorMessage?: string;
  /** Wait this long before sending headers (Infinity: never answer). */
  stallBeforeHeadersMs?: number;
  /** The content to stream, split into chunks of `chunkSize` characters. Ignored when `chunks` is set. */
  text?: string;
  /** Characters per content chunk when splitting `text` (default 4). */
  chunkSize?: number;
  /** The exact content deltas to send (use this to split `<think>` tags across chunks). */
  chunks?: string[];
  /** Milliseconds between chunks (default 0: as fast as possible). */
  paceMs?: number;
  /** After this many content chunks, stall for `stallMs` (Infinity: until the client gives up). */
  stallAfterChunks?: number;
  stallMs?: number;
  /** After this many content chunks, destroy the socket (a connection reset mid-stream). */
  resetAfterChunks?: number;
  /** After this many content chunks, send `data: {"error": …}` and stop streaming content. */
  errorAfterChunks?: number;
  error?: { message: string; type?: string; code?: string | number | null };
  /** The finish reason to send (default 'stop'); null sends none. */
  finishReason?: string | null;
  /** Send `data: [DONE]` at the end (default true). */
  done?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined for GET / unparsable bodies. */
  body: unknown;
  /** performance.now() when the request arrived (to check retry pauses). */
  receivedAt: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
  /** The answer was sent completely. */
  finished: boolean;
  /** Resolves once the exchange is over (finished, aborted, or reset by the script). */
  settled: Promise<void>;
}

export type ScriptSource = FakeScript | ((body: ChatBody, req: IncomingMessage) => FakeScript);

export interface FakeModelServerOptions {
  /** Require `Authorization: Bearer <apiKey>`; without it the server is keyless. */
  apiKey?: string;
  /** Model ids listed by GET /v1/models (default ['fake-model']). */
  models?: string[];
  /** What a request gets when the queue of scripts is empty (default: a short answer). */
  fallback?: ScriptSource;
  /** Record requests in `requests` (default true; the benchmark turns it off). */
  record?: boolean;
  /** Listen on this port (default: a random free one). */
  port?: number;
}

export interface FakeModelServerHandle {
  /** Base URL including `/v1`, as a client would be configured. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ChatBody {
  model?: string;
  messages?: { role: string; content: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  [key: string]: unknown;
}

const DEFAULT_TEXT = 'Hello from the fake model.';

export class FakeModelServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: ScriptSource[] = [];
  private server: Server | undefined;
  private seq = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(private readonly options: FakeModelServerOptions = {}) {}

  /** Queue scripts for the next requests to /v1/chat/completions, in order. */
  enqueue(...scripts: ScriptSource[]): this {
    this.queue.push(...scripts);
    return this;
  }

  /** Resolves once `count` requests have arrived in all (recording must be on). */
  received(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** The chat completion requests received so far. */
  get chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions'));
  }

  async start(): Promise<FakeModelServerHandle> {
    const server = createServer((req, res) => this.handle(req, res));
    server.keepAliveTimeout = 5000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', 2048, () => resolve()); // deep backlog: the benchmark opens hundreds at once
    });
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/v1`, port, close: () => this.close() };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    // Stalled streams would otherwise keep close() waiting forever.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      if (chunks.length > 0) {
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          body = undefined;
        }
      }
      this.route(req, res, body);
    });
  }

  private route(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const exchange = this.track(req, res, path, body);

    if (this.options.apiKey !== undefined && req.headers.authorization !== `Bearer ${this.options.apiKey}`) {
      sendError(res, 401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
      return;
    }
    if (req.method === 'GET' && path === '/v1/models') {
      const data = (this.options.models ?? ['fake-model']).map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' }));
      sendJson(res, 200, { object: 'list', data });
      return;
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const chat = (body ?? {}) as ChatBody;
      const source = this.queue.shift() ?? this.options.fallback ?? {};
      const script = typeof source === 'function' ? source(chat, req) : source;
      void this.answer(res, chat, script, exchange);
      return;
    }
    sendError(res, 404, `Unknown path ${req.method} ${path}`, 'invalid_request_error', 'not_found');
  }

  /** Records the exchange and learns whether the client hung up before the answer was complete. */
  private track(req: IncomingMessage, res: ServerResponse, path: string, body: unknown): Exchange {
    const exchange: Exchange = { closed: false, reset: false, record: undefined };
    let settle!: () => void;
    if (this.options.record !== false) {
      const settled = new Promise<void>((r) => (settle = r));
      exchange.record = {
        method: req.method ?? 'GET', path, headers: req.headers, body, receivedAt: performance.now(),
        aborted: false, finished: false, settled,
      };
      this.requests.push(exchange.record);
      if (this.waiters.length > 0) this.wake();
    }
    res.once('close', () => {
      exchange.closed = true;
      exchange.wake?.();
      if (exchange.record) {
        exchange.record.finished = res.writableFinished;
        exchange.record.aborted = !res.writableFinished && !exchange.reset;
        settle();
      }
    });
    return exchange;
  }

  private wake(): void {
    const n = this.requests.length;
    this.waiters = this.waiters.filter((w) => (w.count <= n ? (w.resolve(), false) : true));
  }

  private async answer(res: ServerResponse, body: ChatBody, s: FakeScript, ex: Exchange): Promise<void> {
    if (s.stallBeforeHeadersMs) await sleep(s.stallBeforeHeadersMs, ex);
    if (ex.closed) return;
    if (s.status !== undefined && s.status >= 400) {
      const headers: Record<string, string> = s.retryAfter !== undefined ? { 'retry-after': s.retryAfter } : {};
      const type = s.status === 429 ? 'rate_limit_exceeded' : 'server_error';
      sendError(res, s.status, s.errorMessage ?? `Fake ${s.status}`, type, null, headers);
      return;
    }

    const id = `chatcmpl-fake-${++this.seq}`;
    const model = typeof body.model === 'string' ? body.model : 'fake-model';
    const created = Math.floor(Date.now() / 1000);
    const deltas = s.chunks ?? split(s.text ?? DEFAULT_TEXT, s.chunkSize ?? 4);
    const finishReason = s.finishReason === undefined ? 'stop' : s.finishReason;
    const usage = { prompt_tokens: promptTokens(body), completion_tokens: deltas.length, total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;

    if (body.stream !== true) {
      sendJson(res, 200, {
        id, object: 'chat.completion', created, model,
        choices: [{ index: 0, message: { role: 'assistant', content: deltas.join('') }, logprobs: null, finish_reason: finishReason }],
        usage,
      });
      return;
    }

    const includeUsage = body.stream_options?.include_usage === true;
    // The JSON around a delta never changes within a stream: build it once, not per chunk.
    const head = `data: {"id":"${id}","object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)},"choices":[{"index":0,"delta":`;
    const tail = (finish: string | null): string =>
      `,"logprobs":null,"finish_reason":${JSON.stringify(finish)}}]${includeUsage ? ',"usage":null' : ''}}\n\n`;
    const open = tail(null);
    const chunk = (delta: object, finish: string | null): string => head + JSON.stringify(delta) + (finish === null ? open : tail(finish));

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(chunk({ role: 'assistant', content: '' }, null));

    for (let i = 0; i < deltas.length; i++) {
      if (i === s.resetAfterChunks) return reset(res, ex);
      if (i === s.errorAfterChunks) return this.streamError(res, s);
      if (i === s.stallAfterChunks && s.stallMs) {
        await sleep(s.stallMs, ex);
        if (ex.closed) return;
      }
      if (s.paceMs && i > 0) {
        await sleep(s.paceMs, ex);
        if (ex.closed) return;
      }
      res.write(head + '{"content":' + JSON.stringify(deltas[i]) + '}' + open);
    }
    if (deltas.length === s.resetAfterChunks) return reset(res, ex);
    if (deltas.length === s.errorAfterChunks) return this.streamError(res, s);
    if (deltas.length === s.stallAfterChunks && s.stallMs) {
      await sleep(s.stallMs, ex);
      if (ex.closed) return;
    }

    if (finishReason !== null) res.write(chunk({}, finishReason));
    if (includeUsage) res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
    res.end(s.done === false ? undefined : 'data: [DONE]\n\n');
  }

  /** vLLM and others report failures inside a 200 stream as a data line with an `error` object. */
  private streamError(res: ServerResponse, s: FakeScript): void {
    const error = { message: 'Fake in-stream failure', type: 'server_error', code: 500, ...s.error };
    res.write(`data: ${JSON.stringify({ error })}\n\n`);
    res.end(s.done === false ? undefined : 'data: [DONE]\n\n');
  }
}

interface Exchange {
  closed: boolean;
  /** The script reset the connection itself: not a client abort. */
  reset: boolean;
  record: RecordedRequest | undefined;
  /** Wakes a pending sleep when the connection closes. */
  wake?: () => void;
}

/** Destroys the socket once what was written has been handed to the kernel, so the client gets the partial text first. */
function reset(res: ServerResponse, ex: Exchange): void {
  ex.reset = true;
  res.write('', () => res.socket?.destroy());
}

/** Sleeps, but returns early when the client goes away, so stalled exchanges never hold timers. */
function sleep(ms: number, ex: Exchange): Promise<void> {
  if (ex.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
    function done(): void {
      if (timer) clearTimeout(timer);
      ex.wake = undefined;
      resolve();
    }
    ex.wake = done;
  });
}

function split(text: string, size: number): string[] {
  const chars = Array.from(text); // by code point, so Chinese and emoji stay whole
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

function promptTokens(body: ChatBody): number {
  let chars = 0;
  for (const m of body.messages ?? []) chars += typeof m.content === 'string' ? m.content.length : 0;
  return Math.ceil(chars / 4);
}

function sendJson(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(
  res: ServerResponse, status: number, message: string, type: string, code: string | null,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}
