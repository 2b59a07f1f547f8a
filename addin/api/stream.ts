/**
 * POSTs a request and reads the gateway's SSE answer. HTTP errors before the stream become a
 * GatewayError (with field problems); once the stream runs, events go to `onEvent` as they
 * arrive. Aborting the signal closes the connection, which makes the gateway abort upstream.
 */
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';
import { authHeaders } from './credentials.js';
import { toStreamEvent, type StreamEvent } from './events.js';
import { SseParser } from './sse.js';

export type StreamOutcome = 'ended' | 'aborted';

export interface StreamOptions {
  signal: AbortSignal;
  onEvent(event: StreamEvent): void;
  locale: string;
  fetchImpl?: typeof fetch;
}

export async function postStream(path: string, body: unknown, opts: StreamOptions): Promise<StreamOutcome> {
  const doFetch = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', 'Accept-Language': opts.locale, ...authHeaders() },
      body: JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (err) {
    if (isAbort(err) || opts.signal.aborted) return 'aborted';
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/event-stream')) throw await errorFromResponse(res);
  if (!res.body) return 'ended';
  return readEvents(res.body, opts);
}

/** Exported for tests: drives the parser over any byte stream. */
export async function readEvents(body: ReadableStream<Uint8Array>, opts: Pick<StreamOptions, 'signal' | 'onEvent'>): Promise<StreamOutcome> {
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const emit = (messages: ReturnType<SseParser['feed']>) => {
    for (const m of messages) {
      const event = toStreamEvent(m);
      if (event) opts.onEvent(event);
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      emit(parser.feed(decoder.decode(value, { stream: true })));
    }
    emit(parser.feed(decoder.decode()));
    parser.end();
    return 'ended';
  } catch (err) {
    if (isAbort(err) || opts.signal.aborted) return 'aborted';
    throw new GatewayError(CLIENT_CODES.connectionLost, (err as Error).message);
  } finally {
    reader.releaseLock();
  }
}
