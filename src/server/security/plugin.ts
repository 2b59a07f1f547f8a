/**
 * The gateway's browser-facing defences, installed on the root instance before authentication
 * and before any route, so they cover every answer (errors, 404s and hijacked SSE streams too):
 *
 * - origins: `/api/**` calls carrying another site's `Origin` (or marked cross-site by the
 *   browser) are refused with 403 `origin_forbidden`; CORS headers go only to the gateway's own
 *   origins, so no other site can read an answer;
 * - headers: nosniff, no referrer, COOP, Permissions-Policy, HSTS over our own TLS; for the API
 *   also CORP same-origin and `Cache-Control: no-store`;
 * - CSP on every HTML page (csp.ts), `X-Frame-Options: DENY` for the admin console;
 * - per-route body limits (body-limits.ts) and the per-user generation limit (rate-limit.ts).
 *
 * Common headers are set on the raw response at onRequest because the SSE routes hijack the reply
 * and write their own head; Node merges them with whatever the route sets later.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { WenshuError } from '../../core/errors/codes.js';
import type { Config } from '../config.js';
import { PATHS } from '../paths.js';
import { NON_PAGE_POLICY, pageKind, pagePolicies } from './csp.js';
import { API_HEADERS, COMMON_HEADERS, HSTS, sendsHsts } from './headers.js';
import { readInlineHashes } from './inline-hashes.js';
import { originOf, ownOriginMatcher } from './origins.js';
import { smallBodyLimit } from './body-limits.js';
import { addToRoute, generationLimiter, isGenerationRoute } from './rate-limit.js';

export type SecurityConfig = Pick<
  Config,
  'PUBLIC_URL' | 'TLS' | 'OFFICE_JS_URL' | 'FRAME_ANCESTORS' | 'BODY_LIMIT_BYTES' | 'RATE_LIMIT_GENERATIONS_PER_MINUTE' | 'AUTH_MODE' | 'OIDC_ISSUER' | 'OIDC_AUTHORIZE_URL'
>;

const pathOf = (url: string) => url.split('?')[0] ?? url;
const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Accept-Language',
  'Access-Control-Max-Age': '600',
};

/** The OIDC provider's origins, which the sign-in page exchanges the code with. */
function signInConnect(config: SecurityConfig): string[] {
  if (config.AUTH_MODE !== 'oidc') return [];
  return [...(config.OIDC_ISSUER ?? []), config.OIDC_AUTHORIZE_URL].flatMap((u) => (u ? (originOf(u) ?? []) : []));
}

export async function installSecurity(app: FastifyInstance, config: SecurityConfig): Promise<void> {
  const isOwnOrigin = ownOriginMatcher(config.PUBLIC_URL);
  const policies = pagePolicies({
    officeJsUrl: config.OFFICE_JS_URL,
    frameAncestors: config.FRAME_ANCESTORS,
    inline: readInlineHashes(PATHS.pages),
    signInConnect: signInConnect(config),
  });
  const common = { ...COMMON_HEADERS, ...(sendsHsts(config.TLS, config.PUBLIC_URL) ? { 'Strict-Transport-Security': HSTS } : {}) };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request.url);
    const api = isApi(path);
    const raw = reply.raw;
    for (const [name, value] of Object.entries(common)) raw.setHeader(name, value);
    raw.setHeader('Content-Security-Policy', NON_PAGE_POLICY);
    if (api) for (const [name, value] of Object.entries(API_HEADERS)) raw.setHeader(name, value);

    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (isOwnOrigin(origin, request)) {
        raw.setHeader('Access-Control-Allow-Origin', originOf(origin)!);
        raw.setHeader('Vary', 'Origin');
        if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
          return reply.code(204).headers(PREFLIGHT_HEADERS).send();
        }
        return;
      }
      if (api) throw new WenshuError('origin_forbidden', 403, { origin: origin.slice(0, 100) });
      return;
    }
    // A browser that sends no Origin (a plain GET from an <img>, a link) still says where the request came from.
    const site = request.headers['sec-fetch-site'];
    if (api && (site === 'cross-site' || site === 'same-site')) throw new WenshuError('origin_forbidden', 403, { origin: site });
  });

  app.addHook('onSend', async (request, reply) => {
    const path = pathOf(request.url);
    if (isApi(path)) reply.header('Cache-Control', 'no-store');
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) {
      const kind = pageKind(path);
      reply.header('Content-Security-Policy', policies[kind]);
      if (kind === 'admin') reply.header('X-Frame-Options', 'DENY');
    }
  });

  const limitGenerations = await generationLimiter(app, config.RATE_LIMIT_GENERATIONS_PER_MINUTE);
  app.addHook('onRoute', (route: RouteOptions) => {
    const limit = smallBodyLimit(route, config.BODY_LIMIT_BYTES);
    if (limit !== undefined) route.bodyLimit = limit;
    if (limitGenerations && isGenerationRoute(route)) addToRoute(route, limitGenerations);
  });
}
