/**
 * Who did it, for the audit: the signed-in principal, or "anonymous" on requests that carry
 * none (the auth plugin leaves `request.principal` unset then).
 */
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.js';

export interface Actor {
  id: string;
  name: string;
  via: Principal['via'] | null;
}

export const ANONYMOUS: Actor = { id: 'anonymous', name: 'anonymous', via: null };

export function actorOf(request: FastifyRequest): Actor {
  // Read defensively: the decoration may be absent when the auth plugin is not registered.
  const principal = (request as { principal?: Partial<Principal> }).principal;
  if (!principal || typeof principal.id !== 'string' || !principal.id) return ANONYMOUS;
  return { id: principal.id, name: typeof principal.name === 'string' && principal.name ? principal.name : principal.id, via: principal.via ?? null };
}
