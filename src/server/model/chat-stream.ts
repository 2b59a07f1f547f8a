/**
 * The streaming chat request on node:http with a small SSE reader. The SDK's stream stacks
 * fetch, web streams and several async generators per chunk (about 200 µs of CPU each), which
 * alone broke the gateway's time-to-first-token budget; this path does one parse per line.
 * Failures are raised as the SDK's own error classes (APIError.generate, APIConnectionError),
 * so upstream-errors.ts classifies both paths the same way.
 */
import http from 'node:http';
import https from 'node:https';
import { APIConnectionError, APIError } from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';

export interface ChatStreamTarget {
  baseURL: string;
  apiKey?: string;
}

/** Longest error body we read from a failed response; the rest is not worth holding. */
const ERROR_BODY_LIMIT = 64 * 1024;

// Keep-alive pools: a draft is several requests to the same host in quick succession.
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

export function chatCompletionsUrl(baseURL: string): URL {
  return new URL(`${baseURL.replace(/\/+$/, '')}/chat/completions`);
}

/**
 * Sends the request and resolves once the response headers arrived with a 2xx status; then
 * iterate the chunks. Rejects like the SDK would for HTTP errors and refused connections.
 */
export async function openChatStream(
  target: ChatStreamTarget,
  body: ChatCompletionCreateParamsStreaming,
  signal: AbortSignal,
): Promise<AsyncIterable<ChatCompletionChunk>> {
  const url = chatCompletionsUrl(target.baseURL);
  const payload = JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'text/event-stream',
    'content-length': String(Buffer.byteLength(payload)),
  };
  if (target.apiKey) headers.authorization = `Bearer ${target.apiKey}`;
  const secure = url.protocol === 'https:';
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = (secure ? https : http).request(url, { method: 'POST', headers, agent: secure ? agents.https : agents.http }, resolve);
    req.on('error', (err) => reject(new APIConnectionError({ message: err.message, cause: err })));
    followAbort(req, signal);
    req.end(payload);
  });
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) throw await httpError(response, status);
  return readChunks(response);
}

/**
 * Aborting the signal destroys the request (and its response). Node's own `signal` option
 * does the same through stream end-of-life tracking that costs about 0.1 ms per request.
 */
function followAbort(req: http.ClientRequest, signal: AbortSignal): void {
  let response: http.IncomingMessage | undefined;
  req.once('response', (r: http.IncomingMessage) => (response = r));
  const onAbort = (): void => {
    // A response read to its end has nothing left to stop, and its socket may already serve another request.
    if (req.destroyed || response?.complete) return;
    req.destroy(Object.assign(new Error('The operation was aborted'), { name: 'AbortError', cause: signal.reason as unknown }));
  };
  if (signal.aborted) return onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  req.once('close', () => signal.removeEventListener('abort', onAbort));
}

async function httpError(response: http.IncomingMessage, status: number): Promise<APIError> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const part of response as AsyncIterable<Buffer>) {
      if (size < ERROR_BODY_LIMIT) parts.push(part);
      size += part.length;
    }
  } catch {
    // A body cut short still leaves the status, which is what decides.
  }
  const text = Buffer.concat(parts).toString('utf8').slice(0, ERROR_BODY_LIMIT);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return APIError.generate(status, json as object | undefined, text || undefined, toHeaders(response.headers));
}

function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/** Sentinel for the `[DONE]` line. */
const DONE = Symbol('done');

/** One complete event's data: a chunk, the end marker, or a thrown in-stream error. */
function parseEvent(event: string, data: string, response: http.IncomingMessage): ChatCompletionChunk | typeof DONE {
  if (data === '[DONE]') return DONE;
  const parsed = JSON.parse(data) as ChatCompletionChunk & { error?: object; message?: string };
  if (event === 'error') throw new APIError(undefined, parsed.error ?? parsed, parsed.message, toHeaders(response.headers));
  if (parsed.error) throw new APIError(undefined, parsed.error, undefined, toHeaders(response.headers));
  return parsed;
}

/** How long a server may keep a response open after `[DONE]` before we drop the connection. */
const AFTER_DONE_MS = 5000;

/**
 * Drains what follows `[DONE]` so the agent can reuse the socket once the response ends; a
 * server that never ends it loses the connection instead of holding it forever.
 */
function releaseAfterDone(response: http.IncomingMessage): void {
  if (response.complete) return;
  const timer = setTimeout(() => response.destroy(), AFTER_DONE_MS);
  timer.unref();
  response.once('close', () => clearTimeout(timer));
  response.resume();
}

/**
 * Server-sent events: `data:` lines joined until a blank line; `[DONE]` ends the stream; an
 * error object (or an `event: error`) becomes an APIError without status, as in the SDK.
 */
async function* readChunks(response: http.IncomingMessage): AsyncGenerator<ChatCompletionChunk, void, undefined> {
  response.setEncoding('utf8');
  // Once we stop reading, a late reset or our own abort must not surface as an unhandled error.
  response.on('error', () => undefined);
  let reusable = false;
  try {
    let buffer = '';
    let event = '';
    let data: string[] = [];
    // Not destroyed when we stop at [DONE]: a destroyed response closes its socket, and every
    // draft would then pay for a new upstream connection (about 1.5 ms on loopback).
    for await (const piece of response.iterator({ destroyOnReturn: false }) as AsyncIterable<string>) {
      buffer += piece;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        let line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.endsWith('\r')) line = line.slice(0, -1);
        if (line === '') {
          if (data.length > 0) {
            const chunk = parseEvent(event, data.join('\n'), response);
            if (chunk === DONE) {
              releaseAfterDone(response);
              reusable = true;
              return;
            }
            yield chunk;
          }
          event = '';
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.charCodeAt(5) === 32 ? 6 : 5));
        } else if (line.startsWith('event:')) {
          event = line.slice(6).trim();
        }
        // id:, retry: and comment lines (": keep-alive") carry nothing we use.
      }
    }
    // A last event without its closing blank line still counts, as it does for the SDK.
    if (buffer.startsWith('data:')) data.push(buffer.slice(buffer.charCodeAt(5) === 32 ? 6 : 5));
    if (data.length > 0) {
      const chunk = parseEvent(event, data.join('\n'), response);
      if (chunk !== DONE) yield chunk;
    }
  } finally {
    // Stopped early (an error, a cancel): the rest of the response is not wanted, nor its socket.
    if (!reusable && !response.complete) response.destroy();
  }
}
