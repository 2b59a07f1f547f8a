/**
 * GET /api/session: public, so the pane can ask who it is before anyone has signed in, and
 * learn which sign-in screen to show. `problem` says why credentials that were sent were
 * refused (expired, revoked, missing role), for the sign-in screen to explain.
 */
import type { FastifyInstance } from 'fastify';
import type { Session, SignIn } from '../../core/auth/session.js';
import type { Config } from '../config.js';
import { requestLocale } from '../http/errors.js';

export function signInOf(config: Config): SignIn {
  if (config.AUTH_MODE === 'oidc') {
    return { kind: 'oidc', authorizeUrl: config.OIDC_AUTHORIZE_URL!, clientId: config.OIDC_CLIENT_ID!, scope: config.OIDC_SCOPE };
  }
  return { kind: config.AUTH_MODE };
}

export async function sessionRoutes(app: FastifyInstance, { config }: { config: Config }): Promise<void> {
  const signIn = signInOf(config);
  app.get('/api/session', async (request, reply): Promise<Session> => {
    // Depends on the caller's credentials: never cache it anywhere.
    reply.header('Cache-Control', 'no-store');
    const body: Session = { mode: config.AUTH_MODE, principal: request.principal ?? null, signIn };
    const problem = request.authProblem;
    if (!request.principal && problem) body.problem = { code: problem.code, message: problem.messageIn(requestLocale(request)) };
    return body;
  });
}
