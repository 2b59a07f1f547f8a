/**
 * Route guards, declared per route as `preHandler: requireUser` or `preHandler: requireAdmin`.
 * The auth plugin also runs a declared guard at onRequest, so an anonymous caller is refused
 * before its body is read or validated; the matrix test (tests/server/auth) finds every route
 * by its declared guard.
 */
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { WenshuError } from '../../core/errors/codes.js';
import type { Principal } from './principal.js';

function signedIn(request: FastifyRequest, reply: FastifyReply): Principal {
  if (request.principal) return request.principal;
  const problem = request.authProblem ?? new WenshuError('unauthorized', 401);
  if (problem.status === 401) reply.header('WWW-Authenticate', 'Bearer');
  throw problem;
}

/** 401 without a valid principal. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  signedIn(request, reply);
}

/** 401 without a valid principal, 403 for authors. */
export async function requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (signedIn(request, reply).role !== 'admin') throw new WenshuError('admin_required', 403);
}

export type Access = 'admin' | 'user';

const hooksOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);

/** The access a route declares through its guard, or undefined when it declares none. */
export function declaredAccess(route: Pick<RouteOptions, 'preHandler' | 'onRequest'>): Access | undefined {
  const hooks = [...hooksOf(route.preHandler), ...hooksOf(route.onRequest)];
  if (hooks.includes(requireAdmin)) return 'admin';
  if (hooks.includes(requireUser)) return 'user';
  return undefined;
}
