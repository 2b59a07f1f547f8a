/**
 * Streams 1–3 candidates from the model to one SSE response. Each candidate holds its own
 * queue ticket; the client hears its place in line, the text as it arrives, and one `done`
 * or `error` per candidate. A disconnect or Stop aborts every upstream request.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WenshuError, errorMessage } from '../../core/errors/codes.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { ChatMessage } from '../../core/prompt/types.js';
import { SseStream } from '../http/sse.js';
import { GenerationRecorder, type GenerationSubject } from '../audit/recorder.js';
import type { GatewayServices } from '../services.js';

export interface RunOptions {
  messages: ChatMessage[];
  n: number;
  locale: Locale;
  meta: Record<string, unknown>;
  /** What the audit records about this generation (no text unless audit.content is on). */
  audit: GenerationSubject;
}

export async function runCandidates(services: GatewayServices, request: FastifyRequest, reply: FastifyReply, opts: RunOptions): Promise<void> {
  services.lifecycle.assertAccepting();
  await services.endpoint.check();
  const tickets = services.queue.join(opts.n); // throws queue_full (503) before any byte is sent
  const audit = GenerationRecorder.start(services, request, opts.audit, opts.messages, opts.n); // never throws
  const abort = new AbortController();
  const release = () => tickets.forEach((t) => t.release());
  reply.hijack();
  const sse = new SseStream(reply.raw);
  const onClose = () => abort.abort();
  reply.raw.once('close', onClose);
  if (reply.raw.destroyed) abort.abort(); // the caller left while we were checking and queueing
  const untrack = services.lifecycle.track(abort);

  let lastPosition = -1;
  const reportPosition = () => {
    const waiting = tickets.map((t) => t.position).filter((p) => p > 0);
    const position = waiting.length ? Math.min(...waiting) : 0;
    if (position !== lastPosition) {
      lastPosition = position;
      void sse.send('queued', { position });
    }
  };
  // The head, `meta` and the place in line, in one packet; sent once the upstream requests are
  // on their way (they start below), or before the first event if that comes sooner.
  let announced = false;
  const announce = () => {
    if (announced) return;
    announced = true;
    sse.batch(() => {
      void sse.send('meta', { ...opts.meta, generationId: audit.id, model: services.config.MODEL_NAME, candidates: opts.n });
      reportPosition();
    });
    tickets.forEach((t) => t.onPosition(reportPosition));
  };

  try {
    const candidates = tickets.map(async (ticket, candidate) => {
      try {
        await ticket.granted;
        const started = Date.now();
        for await (const event of services.model.stream({ messages: opts.messages, signal: abort.signal })) {
          announce();
          if (event.type === 'delta') {
            audit.delta(candidate, event.text);
            await sse.send('delta', { candidate, text: event.text });
          } else {
            audit.done(candidate, event.finishReason, event.usage);
            await sse.send('done', { candidate, finishReason: event.finishReason, usage: event.usage ?? null, ms: Date.now() - started });
          }
        }
      } catch (err) {
        announce();
        let wErr = err instanceof WenshuError ? err : new WenshuError('internal', 500, { ref: 'stream' });
        // Stopped by a shutdown rather than by the user: say so, so the pane offers a retry.
        if (wErr.code === 'cancelled' && services.lifecycle.isClosing && !reply.raw.destroyed) wErr = new WenshuError('shutting_down', 503);
        if (!(err instanceof WenshuError)) request.log.error({ err }, 'draft stream failed');
        audit.failed(candidate, wErr.code);
        await sse.send('error', { candidate, code: wErr.code, message: errorMessage(wErr.code, opts.locale, wErr.params) });
      } finally {
        ticket.release();
      }
    });
    setImmediate(announce);
    await Promise.all(candidates);
  } finally {
    release();
    // Before untrack (a shutdown waits for the row) and before the end (the row exists once the pane sees it).
    await audit.finish();
    untrack();
    reply.raw.off('close', onClose);
    announce();
    sse.end();
  }
}
