/**
 * The authorisation matrix: every route the app registers (collected with an onRoute hook, so
 * routes added later are covered without editing this file) is called over real HTTP as an
 * anonymous caller, an author, an admin, and with a revoked and an expired token. A route must
 * declare requireUser or requireAdmin, or be on the public list below; /api/admin/** must be
 * admin-only. Adding a route without a guard fails here.
 */
import type { RouteOptions } from 'fastify';
import { declaredAccess, type Access } from '../../../src/server/auth/guards.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** Routes anyone may call: health, pages, manifests, assets, and the session probe. */
const PUBLIC = new Set([
  'GET /',
  'GET /healthz',
  'GET /readyz',
  'GET /manifest.xml',
  'GET /manifest.outlook.xml',
  'GET /taskpane.html',
  'GET /commands.html',
  'GET /preview',
  'GET /preview.html',
  'GET /signin.html',
  // The admin console's page; its data comes from /api/admin/**, which is guarded.
  'GET /admin',
  'GET /admin.html',
  'GET /assets/icons/*',
  'GET /office-js/*',
  'GET /addin/*',
  'GET /api/session',
]);

interface Route {
  method: string;
  url: string;
  access: Access | undefined;
}

const key = (r: Pick<Route, 'method' | 'url'>) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;
const isPublic = (r: Route) => PUBLIC.has(key(r));
const label = (r: Route) => `${r.method} ${r.url}`;

/** A concrete path for a route pattern: parameters and wildcards get harmless values. */
const concrete = (url: string) => url.replace(/:version\b/g, '1').replace(/:[A-Za-z_]+/g, 'x').replace(/\*$/, 'x');

type Caller = 'anonymous' | 'author' | 'admin' | 'revoked' | 'expired';
const CALLERS: Caller[] = ['anonymous', 'author', 'admin', 'revoked', 'expired'];

let model: FakeModelServerHandle;
let gw: TestGateway;
const routes: Route[] = [];
const extraTokens: Record<'revoked' | 'expired', string> = { revoked: '', expired: '' };

beforeAll(async () => {
  model = await new FakeModelServer().start();
  gw = await startTestGateway({
    modelUrl: model.url,
    onRoute: (route: RouteOptions) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: declaredAccess(route) });
    },
  });
  const revoked = await gw.services.tokens.create({ name: 'revoked author', role: 'author', by: 'tests' });
  await gw.services.tokens.revoke(revoked.info.id);
  const expired = await gw.services.tokens.create({ name: 'expired admin', role: 'admin', by: 'tests', expiresAt: new Date(Date.now() - 60_000) });
  extraTokens.revoked = revoked.token;
  extraTokens.expired = expired.token;
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

async function call(route: Route, caller: Caller): Promise<number> {
  const sendsBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  const init = { method: route.method, body: sendsBody ? {} : undefined };
  const res =
    caller === 'anonymous'
      ? await gw.request(concrete(route.url), { ...init, anonymous: true })
      : caller === 'author' || caller === 'admin'
        ? await gw.request(concrete(route.url), { ...init, admin: caller === 'admin' })
        : await gw.request(concrete(route.url), { ...init, headers: { authorization: `Bearer ${extraTokens[caller]}` } });
  await res.body?.cancel();
  return res.status;
}

describe('the authorisation matrix', () => {
  it('sees the routes the app registers', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const expected of ['GET /api/templates', 'POST /api/drafts', 'GET /api/admin/templates', 'POST /api/admin/tokens', 'GET /api/session']) {
      expect(routes.map(key)).toContain(expected);
    }
  });

  it('finds a guard on every route that is not on the public list, and an admin guard on every /api/admin route', () => {
    const unguarded = routes.filter((r) => !isPublic(r) && !r.access).map(label);
    expect(unguarded).toEqual([]);
    const weakAdmin = routes.filter((r) => r.url.startsWith('/api/admin/') && r.access !== 'admin').map(label);
    expect(weakAdmin).toEqual([]);
    // A guard on a public route would make the list lie.
    expect(routes.filter((r) => isPublic(r) && r.access).map(label)).toEqual([]);
  });

  it('keeps the public list honest: every entry is a route the app has', () => {
    const registered = new Set(routes.map(key));
    expect([...PUBLIC].filter((p) => !registered.has(p))).toEqual([]);
  });

  it('answers public routes for every caller', async () => {
    const refused: string[] = [];
    for (const route of routes.filter(isPublic)) {
      for (const caller of CALLERS) {
        const status = await call(route, caller);
        if (status === 401 || status === 403) refused.push(`${route.method} ${route.url} as ${caller}: ${status}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('gives 401 to anonymous callers and revoked or expired tokens on every guarded route', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.access)) {
      for (const caller of ['anonymous', 'revoked', 'expired'] as const) {
        const status = await call(route, caller);
        if (status !== 401) wrong.push(`${route.method} ${route.url} as ${caller}: ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets authors and admins use user routes, and only admins use admin routes (403 for authors)', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.access)) {
      const author = await call(route, 'author');
      const admin = await call(route, 'admin');
      if (route.access === 'admin' ? author !== 403 : author === 401 || author === 403) wrong.push(`${route.method} ${route.url} as author: ${author}`);
      if (admin === 401 || admin === 403) wrong.push(`${route.method} ${route.url} as admin: ${admin}`);
    }
    expect(wrong).toEqual([]);
  });

  it('tells the caller why a token was refused', async () => {
    const body = async (token: string) => (await (await gw.request('/api/templates', { headers: { authorization: `Bearer ${token}` } })).json()) as { error: { code: string } };
    expect((await body(extraTokens.revoked)).error.code).toBe('auth_revoked');
    expect((await body(extraTokens.expired)).error.code).toBe('auth_expired');
    expect((await body('wsu_this-token-was-never-issued-0000000000')).error.code).toBe('auth_invalid');
    const anonymous = await gw.request('/api/templates', { anonymous: true });
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });
});
