/**
 * OIDC mode against a real JWKS endpoint on loopback: tokens signed with keys generated here,
 * verified by the gateway over real HTTP, shaped like Entra ID (Office SSO), Keycloak and ADFS.
 */
import { createServer } from 'node:net';
import { createOidcVerifier, jwksWarning, type OidcOptions } from '../../../src/server/auth/oidc.js';
import { startFakeOidc, type FakeOidcProvider } from '../../support/fake-oidc.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

const AUDIENCE = 'api://wenshu';

interface ErrorBody {
  error: { code: string; message: string };
}

let idp: FakeOidcProvider;
let model: FakeModelServerHandle;
let gw: TestGateway;

beforeAll(async () => {
  [idp, model] = await Promise.all([startFakeOidc({ audience: AUDIENCE }), new FakeModelServer().start()]);
  gw = await startTestGateway({
    modelUrl: model.url,
    env: {
      AUTH_MODE: 'oidc',
      OIDC_JWKS_URL: idp.jwksUrl,
      OIDC_ISSUER: idp.issuer,
      OIDC_AUDIENCE: `${AUDIENCE},wenshu-pane`,
      OIDC_AUTHOR_ROLE: 'wenshu-user',
      OIDC_AUTHORIZE_URL: `${idp.url}/authorize`,
      OIDC_CLIENT_ID: 'wenshu-pane',
    },
  });
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await Promise.all([idp?.close(), model?.close()]);
});

const asBearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function templatesWith(token: string): Promise<{ status: number; code?: string }> {
  const res = await gw.request('/api/templates', asBearer(token));
  return { status: res.status, code: res.ok ? undefined : ((await res.json()) as ErrorBody).error.code };
}

describe('OIDC sign-in at the gateway', () => {
  it('tells the pane to sign in with the identity provider', async () => {
    const session = await (await gw.request('/api/session', { anonymous: true })).json();
    expect(session).toEqual({
      mode: 'oidc',
      principal: null,
      signIn: { kind: 'oidc', authorizeUrl: `${idp.url}/authorize`, clientId: 'wenshu-pane', scope: 'openid profile' },
    });
  });

  it('signs an admin in: the admin role opens the admin routes, and the name comes from preferred_username', async () => {
    const token = await idp.sign({ sub: 'u-1', preferred_username: 'wang.fang@corp.example', roles: ['wenshu-admin'] });
    const session = (await (await gw.request('/api/session', asBearer(token))).json()) as { principal: unknown };
    expect(session.principal).toEqual({ id: 'u-1', name: 'wang.fang@corp.example', role: 'admin', via: 'oidc' });
    expect((await gw.request('/api/admin/templates', asBearer(token))).status).toBe(200);
  });

  it('signs an author in: templates yes, admin routes 403', async () => {
    const token = await idp.sign({ sub: 'u-2', preferred_username: 'li.hua', roles: ['wenshu-user'] }, { audience: 'wenshu-pane' });
    expect(await templatesWith(token)).toEqual({ status: 200 });
    const admin = await gw.request('/api/admin/templates', asBearer(token));
    expect(admin.status).toBe(403);
    expect(((await admin.json()) as ErrorBody).error.code).toBe('admin_required');
  });

  it('refuses a valid token without OIDC_AUTHOR_ROLE with 403, naming the missing role', async () => {
    const token = await idp.sign({ sub: 'u-3', preferred_username: 'visitor', roles: ['other-app'] });
    expect(await templatesWith(token)).toEqual({ status: 403, code: 'auth_role_missing' });
    const session = (await (await gw.request('/api/session', { ...asBearer(token), headers: { ...asBearer(token).headers, 'accept-language': 'en-US' } })).json()) as {
      principal: unknown;
      problem: { code: string; message: string };
    };
    expect(session.principal).toBeNull();
    expect(session.problem.code).toBe('auth_role_missing');
    expect(session.problem.message).toContain('wenshu-user');
  });

  it('refuses a token from another issuer', async () => {
    const token = await idp.sign({ sub: 'u-1', roles: ['wenshu-admin'] }, { issuer: 'https://evil.example' });
    expect(await templatesWith(token)).toEqual({ status: 401, code: 'auth_invalid' });
  });

  it('refuses a token meant for another audience', async () => {
    const token = await idp.sign({ sub: 'u-1', roles: ['wenshu-admin'] }, { audience: 'api://payroll' });
    expect(await templatesWith(token)).toEqual({ status: 401, code: 'auth_invalid' });
  });

  it('refuses an expired token and says it expired', async () => {
    const token = await idp.sign({ sub: 'u-1', roles: ['wenshu-admin'] }, { expiresIn: -300 });
    expect(await templatesWith(token)).toEqual({ status: 401, code: 'auth_expired' });
  });

  it('refuses a token whose signature does not match the published key', async () => {
    const token = await idp.sign({ sub: 'u-1', roles: ['wenshu-admin'] }, { key: await idp.strangerKey() });
    expect(await templatesWith(token)).toEqual({ status: 401, code: 'auth_invalid' });
  });

  it('refuses a token signed with a key id the provider does not publish', async () => {
    const token = await idp.sign({ sub: 'u-1', roles: ['wenshu-admin'] }, { key: await idp.strangerKey(), kid: 'rotated-away' });
    expect(await templatesWith(token)).toEqual({ status: 401, code: 'auth_invalid' });
  });

  it('refuses something that is not a JWT at all', async () => {
    expect(await templatesWith('not.a.jwt')).toEqual({ status: 401, code: 'auth_invalid' });
  });

  it('still accepts personal access tokens, for scripts', async () => {
    expect(await templatesWith(gw.tokens.author)).toEqual({ status: 200 });
  });
});

describe('OIDC claims from different providers', () => {
  const base = (over: Partial<OidcOptions>): OidcOptions => ({
    jwksUrl: idp.jwksUrl,
    issuer: [idp.issuer],
    audience: [AUDIENCE],
    rolesClaims: ['roles'],
    adminRole: 'wenshu-admin',
    nameClaim: 'preferred_username',
    ...over,
  });

  it('reads Keycloak realm roles from a nested claim', async () => {
    const verify = createOidcVerifier(base({ rolesClaims: ['realm_access.roles'] }));
    const token = await idp.sign({ sub: 'kc-1', preferred_username: 'zhang.wei', realm_access: { roles: ['offline_access', 'wenshu-admin'] } });
    expect(await verify(token)).toEqual({ principal: { id: 'kc-1', name: 'zhang.wei', role: 'admin', via: 'oidc' } });
  });

  it('takes an Office SSO (Entra ID) token with only a delegated scope as an author named by its upn', async () => {
    const verify = createOidcVerifier(base({ rolesClaims: ['roles', 'scp'], authorRole: 'access_as_user' }));
    const token = await idp.sign({ sub: 'aad-1', oid: '00000000-0000-0000-0000-000000000001', upn: 'chen.jing@corp.example', scp: 'access_as_user User.Read' });
    expect(await verify(token)).toEqual({ principal: { id: 'aad-1', name: 'chen.jing@corp.example', role: 'author', via: 'oidc' } });
  });

  it('reads a single ADFS role value with a space in it as one role', async () => {
    // ADFS access tokens carry .../adfs/services/trust as issuer, not the discovery issuer.
    const trust = 'http://adfs.corp.example/adfs/services/trust';
    const verify = createOidcVerifier(base({ issuer: [idp.issuer, trust], rolesClaims: ['role'], adminRole: 'Wenshu Admins', nameClaim: 'unique_name' }));
    const token = await idp.sign({ sub: 'adfs-1', unique_name: 'CORP\\liu.yang', role: 'Wenshu Admins' }, { issuer: trust });
    expect(await verify(token)).toEqual({ principal: { id: 'adfs-1', name: 'CORP\\liu.yang', role: 'admin', via: 'oidc' } });
  });

  it('falls back to email, then sub, for the name', async () => {
    const verify = createOidcVerifier(base({}));
    expect(await verify(await idp.sign({ sub: 's-1', email: 'a@corp.example' }))).toMatchObject({ principal: { name: 'a@corp.example' } });
    expect(await verify(await idp.sign({ sub: 's-2' }))).toMatchObject({ principal: { name: 's-2', role: 'author' } });
  });

  it('answers 503 when the key set cannot be fetched, and start-up only warns', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const down = `http://127.0.0.1:${port}/jwks`;
    const verdict = await createOidcVerifier(base({ jwksUrl: down }))(await idp.sign({ sub: 'x' }));
    expect('problem' in verdict && verdict.problem.code).toBe('auth_provider_unreachable');
    expect('problem' in verdict && verdict.problem.status).toBe(503);
    expect(await jwksWarning(down)).toMatch(/OIDC_JWKS_URL .* not reachable/);
    expect(await jwksWarning(idp.jwksUrl)).toBeUndefined();
  });
});
