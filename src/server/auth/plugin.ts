/**
 * Wires authentication into the app (on the root instance, so it covers every route):
 * `request.principal` is set at onRequest for every request with valid credentials, and a
 * guard a route declares as preHandler is also run at onRequest, so a caller without access
 * is refused before its body is parsed, validated or streamed.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Authenticator } from './authenticator.js';
import { declaredAccess, requireAdmin, requireUser } from './guards.js';
import './principal.js';

const asList = <T>(value: T | T[] | undefined): T[] => (Array.isArray(value) ? value : value ? [value] : []);

export function installAuth(app: FastifyInstance, auth: Authenticator): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('authProblem', undefined);

  app.addHook('onRequest', async (request) => {
    const { principal, problem } = await auth.authenticate(request);
    request.principal = principal;
    request.authProblem = problem;
  });

  app.addHook('onRoute', (route: RouteOptions) => {
    const access = declaredAccess({ preHandler: route.preHandler });
    if (!access) return;
    const guard = access === 'admin' ? requireAdmin : requireUser;
    const early = asList(route.onRequest);
    if (!early.includes(guard)) route.onRequest = [guard, ...early];
  });
}
