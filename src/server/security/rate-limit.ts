/**
 * A per-user budget for starting generations (drafts, revisions, replies, an admin's test draft),
 * shared by all those routes: RATE_LIMIT_GENERATIONS_PER_MINUTE per user and minute, counted
 * after the sign-in guard and before the body is read, so a refused request never reaches the
 * model queue or opens a stream. Counted in this process's memory: behind a load balancer each
 * replica keeps its own count.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions, onRequestHookHandler } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { WenshuError } from '../../core/errors/codes.js';

export const GENERATION_ROUTES = new Set(['POST /api/drafts', 'POST /api/revisions', 'POST /api/replies', 'POST /api/admin/templates/test-draft']);

const WINDOW_MS = 60_000;

const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]);

export function isGenerationRoute(route: Pick<RouteOptions, 'method' | 'url'>): boolean {
  return methodsOf(route as RouteOptions).some((m) => GENERATION_ROUTES.has(`${m.toUpperCase()} ${route.url}`));
}

/** Signed-in callers by who they are (whatever address they come from); anyone else by address. */
export function limitKey(request: FastifyRequest): string {
  const who = request.principal;
  return who ? `${who.via}:${who.id}` : `ip:${request.ip}`;
}

/** Registers the limiter; returns the hook to add to each generation route (undefined when off). */
export async function generationLimiter(app: FastifyInstance, perMinute: number): Promise<onRequestHookHandler | undefined> {
  if (perMinute <= 0) return undefined;
  await app.register(rateLimit, { global: false });
  return app.rateLimit({
    max: perMinute,
    timeWindow: WINDOW_MS,
    keyGenerator: limitKey,
    errorResponseBuilder: (_request, context) => new WenshuError('rate_limited', 429, { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
}

export function addToRoute(route: RouteOptions, hook: onRequestHookHandler): void {
  const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
  route.onRequest = [...existing, hook];
}
