/** Shared bits for the model tests: run a stream to its end and keep everything it produced. */
import { createModelClient } from '../../../src/server/model/client.js';
import type { ModelClient, ModelClientOptions, StreamEvent, StreamRequest } from '../../../src/server/model/client.js';
import { WenshuError } from '../../../src/core/errors/codes.js';

export interface Outcome {
  events: StreamEvent[];
  text: string;
  error: WenshuError | undefined;
}

export async function collect(gen: AsyncGenerator<StreamEvent, void, undefined>): Promise<Outcome> {
  const events: StreamEvent[] = [];
  let error: WenshuError | undefined;
  try {
    for await (const e of gen) events.push(e);
  } catch (err) {
    if (!(err instanceof WenshuError)) throw err;
    error = err;
  }
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
  return { events, text, error };
}

/** Short timeouts keep the suite fast; each test overrides what it exercises. */
export function client(baseURL: string, opts: Partial<ModelClientOptions> = {}): ModelClient {
  return createModelClient({
    baseURL, model: 'fake-model', idleTimeoutMs: 1000, totalTimeoutMs: 5000, retryDelayMs: 10, ...opts,
  });
}

export function ask(signal: AbortSignal = new AbortController().signal, extra: Partial<StreamRequest> = {}): StreamRequest {
  return { messages: [{ role: 'user', content: 'Write a short note.' }], signal, ...extra };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
