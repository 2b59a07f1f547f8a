/**
 * The model client for the organisation's own endpoint: the `openai` SDK for the model list and
 * its error classes, and a lean node:http request for the chat stream itself (chat-stream.ts
 * says why), wrapped so a draft stream has exactly the behaviour the gateway promises:
 * - the SDK's retries are off; ours retries once, and only before the first visible token
 *   (refused connection, 429 within the Retry-After cap, 5xx, a connection dropped before text);
 * - an idle timeout between chunks (time to first chunk included) and a total timeout, both of
 *   which abort the upstream request;
 * - a stream that ends without a finish reason throws `model_cut_off` after yielding what came;
 * - `<think>` blocks are stripped; the usage-only last chunk is read;
 * - the caller's AbortSignal aborts the upstream HTTP request and the stream throws `cancelled`.
 */
import OpenAI from 'openai';
import { setTimeout as delay } from 'node:timers/promises';
import { WenshuError } from '../../core/errors/codes.js';
import { IdleTimer } from './idle-timer.js';
import { openChatStream, type ChatStreamTarget } from './chat-stream.js';
import { ThinkFilter } from './think-filter.js';
import { classifyBodyError, classifyRequestError } from './upstream-errors.js';
import type { ClassifyContext } from './upstream-errors.js';

export interface ModelClientOptions {
  /** OpenAI-compatible base URL including the version path, e.g. http://10.0.0.5:8000/v1 */
  baseURL: string;
  /** Optional: keyless endpoints (Ollama, most vLLM installs) get no Authorization header at all. */
  apiKey?: string;
  model: string;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  /** Longest Retry-After we are willing to wait on a 429 before the first token (default 10 s). */
  maxRetryAfterMs?: number;
  /** Pause before our retry when the server gave no Retry-After (default 500 ms). */
  retryDelayMs?: number;
  temperature?: number;
  maxTokens?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StreamRequest {
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  signal: AbortSignal;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export type StreamEvent =
  | { type: 'delta'; text: string }
  | { type: 'done'; finishReason: string; usage?: Usage };

export interface ModelClient {
  stream(req: StreamRequest): AsyncGenerator<StreamEvent, void, undefined>;
  listModels(signal?: AbortSignal): Promise<string[]>;
  readonly baseURL: string;
  readonly model: string;
}

/** Why we aborted an upstream request; read back from `signal.reason`. */
const CANCEL = Symbol('cancel');
const IDLE = Symbol('idle');
const TOTAL = Symbol('total');

export function createModelClient(opts: ModelClientOptions): ModelClient {
  const sdk = new OpenAI({
    baseURL: opts.baseURL,
    // The SDK refuses to start without a key; a keyless endpoint gets a placeholder that is
    // never sent, because the Authorization header is removed below.
    apiKey: opts.apiKey || 'no-key',
    defaultHeaders: opts.apiKey ? undefined : { Authorization: null },
    // Never pick these up from the gateway's environment: they would leak to the endpoint.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    // Our own timers decide; the SDK's only backs them up.
    timeout: Math.ceil(opts.totalTimeoutMs) + 1000,
    logLevel: 'off',
  });
  const target: ChatStreamTarget = { baseURL: opts.baseURL, apiKey: opts.apiKey || undefined };
  const ctx: ClassifyContext = {
    baseURL: opts.baseURL,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 10_000,
    timeoutSeconds: seconds(opts.totalTimeoutMs),
  };
  const retryDelayMs = opts.retryDelayMs ?? 500;

  function stopError(reason: unknown): WenshuError {
    if (reason === IDLE) return new WenshuError('model_timeout', 504, { seconds: seconds(opts.idleTimeoutMs) });
    if (reason === TOTAL) return new WenshuError('model_timeout', 504, { seconds: seconds(opts.totalTimeoutMs) });
    return new WenshuError('cancelled', 499);
  }

  async function* stream(req: StreamRequest): AsyncGenerator<StreamEvent, void, undefined> {
    if (req.signal.aborted) throw stopError(CANCEL);
    // `life` ends the whole call (cancel, total timeout); each attempt has its own controller
    // that also follows `life` and the idle timer.
    const life = new AbortController();
    const onCancel = (): void => life.abort(CANCEL);
    req.signal.addEventListener('abort', onCancel, { once: true });
    const totalTimer = setTimeout(() => life.abort(TOTAL), opts.totalTimeoutMs);
    const idle = new IdleTimer(opts.idleTimeoutMs);
    let attemptCtrl: AbortController | undefined;
    const follow = (): void => attemptCtrl?.abort(life.signal.reason);
    life.signal.addEventListener('abort', follow);

    const body: OpenAI.Chat.ChatCompletionCreateParamsStreaming = {
      model: opts.model,
      messages: req.messages,
      stream: true,
      stream_options: { include_usage: true },
    };
    const temperature = req.temperature ?? opts.temperature;
    const maxTokens = req.maxTokens ?? opts.maxTokens;
    if (temperature !== undefined) body.temperature = temperature;
    if (maxTokens !== undefined) body.max_tokens = maxTokens;

    let yielded = false;
    let completed = false;
    try {
      for (let attempt = 0; ; attempt++) {
        // A cancel or total timeout that landed just as a retry pause ended: send nothing more.
        if (life.signal.aborted) throw stopError(life.signal.reason);
        const ctrl = (attemptCtrl = new AbortController());
        const onIdle = (): void => ctrl.abort(IDLE);
        const canRetry = attempt === 0;
        const filter = new ThinkFilter();
        // Releases a held-back tail (e.g. "<thi" that never became a tag); it counts as text shown.
        const flush = function* (): Generator<StreamEvent, void, undefined> {
          const text = filter.flush();
          if (text) {
            yielded = true;
            yield { type: 'delta', text };
          }
        };

        let upstream: AsyncIterable<OpenAI.Chat.ChatCompletionChunk>;
        idle.arm(onIdle);
        try {
          upstream = await openChatStream(target, body, ctrl.signal);
        } catch (err) {
          idle.disarm();
          if (ctrl.signal.aborted) throw stopError(ctrl.signal.reason);
          const c = classifyRequestError(err, ctx);
          if (canRetry && c.retry) {
            await pause(c.delayMs ?? retryDelayMs, life.signal);
            continue;
          }
          throw c.error;
        }

        let finishReason: string | undefined;
        let usage: Usage | undefined;
        let failure: { error: unknown } | undefined;
        try {
          for await (const chunk of upstream) {
            idle.disarm(); // paused while the consumer handles what we yield
            if (chunk.usage) {
              usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
            }
            const choice = chunk.choices?.[0]; // absent in the usage-only last chunk (and from some servers, `choices` itself)
            const content = choice?.delta?.content;
            if (content) {
              const text = filter.push(content);
              if (text) {
                yielded = true;
                yield { type: 'delta', text };
              }
            }
            if (choice?.finish_reason) finishReason = choice.finish_reason;
            idle.arm(onIdle);
          }
        } catch (err) {
          failure = { error: err };
        } finally {
          idle.disarm();
        }

        // An aborted request surfaces as some socket error: our own reason is checked first.
        if (ctrl.signal.aborted) {
          const error = stopError(ctrl.signal.reason);
          if (error.code !== 'cancelled') yield* flush();
          throw error;
        }
        if (failure) {
          const c = classifyBodyError(failure.error);
          // A connection dropped after the finish reason lost nothing but the usage line.
          if (!(c.error.code === 'model_cut_off' && finishReason)) {
            if (canRetry && c.retry && !yielded) {
              await pause(retryDelayMs, life.signal);
              continue;
            }
            yield* flush();
            throw c.error;
          }
        }
        yield* flush();
        if (!finishReason) {
          if (canRetry && !yielded) {
            await pause(retryDelayMs, life.signal);
            continue;
          }
          throw new WenshuError('model_cut_off', 502);
        }
        // The upstream response has ended: aborting it afterwards would only cost time.
        completed = true;
        yield usage ? { type: 'done', finishReason, usage } : { type: 'done', finishReason };
        return;
      }
    } catch (err) {
      // A pause interrupted by cancel or the total timeout surfaces as an AbortError.
      if (life.signal.aborted && !(err instanceof WenshuError)) throw stopError(life.signal.reason);
      throw err;
    } finally {
      req.signal.removeEventListener('abort', onCancel);
      life.signal.removeEventListener('abort', follow);
      clearTimeout(totalTimer);
      idle.stop();
      // Also covers a consumer that stops iterating early (`break`, `return()`).
      if (!completed) attemptCtrl?.abort(CANCEL);
    }
  }

  async function listModels(signal?: AbortSignal): Promise<string[]> {
    const ctrl = new AbortController();
    const onCancel = (): void => ctrl.abort(CANCEL);
    if (signal?.aborted) throw stopError(CANCEL);
    signal?.addEventListener('abort', onCancel, { once: true });
    // A model list is small: the idle timeout bounds the whole exchange (readiness probes need a quick answer).
    const timer = setTimeout(() => ctrl.abort(IDLE), opts.idleTimeoutMs);
    try {
      const page = await sdk.models.list({ signal: ctrl.signal });
      return page.data.map((m) => m.id);
    } catch (err) {
      if (ctrl.signal.aborted) throw stopError(ctrl.signal.reason);
      throw classifyRequestError(err, ctx).error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
    }
  }

  return { stream, listModels, baseURL: opts.baseURL, model: opts.model };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return ms > 0 ? delay(ms, undefined, { signal }) : Promise.resolve();
}

/** Seconds for messages: whole seconds normally, one decimal for sub-second test timeouts. */
function seconds(ms: number): number {
  return ms >= 10_000 ? Math.round(ms / 1000) : Math.max(0.1, Math.round(ms / 100) / 10);
}
