/**
 * Who is calling. The auth plugin (plugin.ts) sets `request.principal` on every request that
 * carries valid credentials, whatever the sign-in mode; routes read it for "who did this".
 * The shapes live in src/core/auth so the add-in shares them.
 */
import type { WenshuError } from '../../core/errors/codes.js';
import type { Principal } from '../../core/auth/session.js';

export type { Principal, Role } from '../../core/auth/session.js';
export { ROLES } from '../../core/auth/session.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
    /** Why credentials that were sent were not accepted; the guards answer with it. */
    authProblem: WenshuError | undefined;
  }
}
