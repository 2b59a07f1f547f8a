/**
 * POST /api/events: the pane reports that the user accepted or discarded a suggestion. The
 * entry copies who, template and version from the generation it refers to, which must be the
 * caller's own.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FEEDBACK_ACTIONS } from '../../core/audit/types.js';
import { WenshuError } from '../../core/errors/codes.js';
import { requireUser } from '../auth/guards.js';
import type { GatewayServices } from '../services.js';
import { localDay } from './filters.js';
import { generationRecorded } from './recorder.js';
import { auditStore } from './store.js';
import { actorOf } from './who.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an event waits for a generation still winding down in this process. */
const WAIT_FOR_GENERATION_MS = 10_000;

const eventBody = z
  .object({
    generationId: z.string().trim().min(1).max(100),
    candidate: z.number().int().min(0).max(2),
    action: z.enum(FEEDBACK_ACTIONS),
    msSinceDone: z.number().int().min(0).max(30 * DAY_MS).optional(),
  })
  .strict();

export async function eventRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  const store = auditStore(services.database);

  app.post('/api/events', { preHandler: requireUser, schema: { body: eventBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof eventBody>;
    let generation = await store.findGeneration(body.generationId);
    if (!generation) {
      await generationRecorded(body.generationId, WAIT_FOR_GENERATION_MS);
      generation = await store.findGeneration(body.generationId);
    }
    // Someone else's generation reads as unknown: ids are not an oracle for other people's work.
    if (!generation || generation.user_id !== actorOf(request).id) throw new WenshuError('generation_not_found', 404, { id: body.generationId });
    if (generation.candidates !== null && body.candidate >= generation.candidates) {
      throw new WenshuError('bad_request', 400, { detail: `candidate must be below ${generation.candidates}` });
    }
    const now = new Date();
    await store.insert({
      id: randomUUID(),
      at: now.toISOString(),
      day: localDay(now),
      event: body.action,
      generation_id: generation.id,
      kind: generation.kind,
      user_id: generation.user_id,
      user_name: generation.user_name,
      via: generation.via,
      template_id: generation.template_id,
      template_version: generation.template_version,
      action: generation.action,
      host: generation.host,
      model: generation.model,
      tokens_in: null,
      tokens_out: null,
      duration_ms: null,
      outcome: body.action,
      error_code: null,
      candidates: generation.candidates,
      candidate: body.candidate,
      candidate_outcomes: null,
      ms_since_done: body.msSinceDone ?? null,
      content: null,
    });
    return reply.status(204).send();
  });
}
