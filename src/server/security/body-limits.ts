/**
 * Tighter body limits for routes whose schema takes a few short fields: a body far larger than
 * any valid one is refused (413) before it is read into memory and parsed. Routes that declare no
 * body schema read no body and get the same small limit.
 */
import type { RouteOptions } from 'fastify';

export const SMALL_BODY_BYTES = 16 * 1024;

/** Routes with a body schema of a few short fields (method and URL as registered). */
export const SMALL_BODY_ROUTES = new Set([
  'POST /api/events',
  'POST /api/session',
  'PUT /api/session',
  'DELETE /api/session',
  'PUT /api/admin/settings',
  'PATCH /api/admin/settings',
  'PUT /api/admin/review-rules',
  'POST /api/admin/tokens',
  'POST /api/admin/templates/:id/publish',
  'POST /api/admin/templates/:id/rollback',
]);

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The limit a route should get, or undefined to keep BODY_LIMIT_BYTES (or its own). */
export function smallBodyLimit(route: RouteOptions, globalLimit: number): number | undefined {
  if (route.bodyLimit !== undefined) return undefined;
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
  if (!methods.some((m) => BODY_METHODS.has(m))) return undefined;
  const schema = route.schema as { body?: unknown } | undefined;
  const small = !schema?.body || methods.some((m) => SMALL_BODY_ROUTES.has(`${m} ${route.url}`));
  return small ? Math.min(SMALL_BODY_BYTES, globalLimit) : undefined;
}
