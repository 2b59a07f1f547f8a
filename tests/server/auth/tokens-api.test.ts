/** Token mode over real HTTP: the session probe, and admins managing personal access tokens. */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { ADMIN_TOKEN, startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testTemplate } from '../fixtures.js';

type Json = Record<string, unknown>;

let model: FakeModelServerHandle;
let gw: TestGateway;
beforeAll(async () => {
  model = await new FakeModelServer().start();
  gw = await startTestGateway({ modelUrl: model.url });
});
afterAll(async () => {
  await gw.close();
  await model.close();
});

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('GET /api/session in token mode', () => {
  it('asks an anonymous pane for a token', async () => {
    const res = await gw.request('/api/session', { anonymous: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ mode: 'token', principal: null, signIn: { kind: 'token' } });
  });

  it('names the signed-in user and their role', async () => {
    const session = (await (await gw.request('/api/session')).json()) as Json;
    expect(session.principal).toEqual({ id: expect.stringMatching(/^tok_/), name: 'test author', role: 'author', via: 'token' });
    const bootstrap = (await (await gw.request('/api/session', bearer(ADMIN_TOKEN))).json()) as Json;
    expect(bootstrap.principal).toMatchObject({ role: 'admin', via: 'token' });
  });
});

describe('/api/admin/tokens', () => {
  it('creates a token shown once, which works at once and is listed without its secret', async () => {
    const created = await gw.request('/api/admin/tokens', { admin: true, body: { name: 'Li Hua', role: 'author' } });
    expect(created.status).toBe(201);
    const { token, info } = (await created.json()) as { token: string; info: Json };
    expect(info).toMatchObject({ name: 'Li Hua', role: 'author', createdBy: 'test admin', status: 'active', expiresAt: null });
    expect((await gw.request('/api/templates', bearer(token))).status).toBe(200);
    const listed = await (await gw.request('/api/admin/tokens', { admin: true })).text();
    expect(listed).toContain('"Li Hua"');
    expect(listed).not.toContain(token);
  });

  it('sets an expiry in days', async () => {
    const { info } = (await (await gw.request('/api/admin/tokens', { admin: true, body: { name: 'contractor', role: 'author', expiresInDays: 30 } })).json()) as { info: { expiresAt: string } };
    const days = (Date.parse(info.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('revokes a token: it stops working on the next request', async () => {
    const { token, info } = (await (await gw.request('/api/admin/tokens', { admin: true, body: { name: 'leaver', role: 'admin' } })).json()) as { token: string; info: { id: string } };
    expect((await gw.request('/api/admin/tokens', bearer(token))).status).toBe(200);
    const revoked = await gw.request(`/api/admin/tokens/${info.id}`, { admin: true, method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { token: Json }).token).toMatchObject({ id: info.id, status: 'revoked' });
    const after = await gw.request('/api/admin/tokens', bearer(token));
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: Json }).error.code).toBe('auth_revoked');
  });

  it('refuses a bad role, and revoking a token that does not exist', async () => {
    expect((await gw.request('/api/admin/tokens', { admin: true, body: { name: 'x', role: 'boss' } })).status).toBe(400);
    const missing = await gw.request('/api/admin/tokens/tok_nothing', { admin: true, method: 'DELETE' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: Json }).error.code).toBe('token_not_found');
  });

  it('records the signed-in admin, not a generic "admin", as the author of a template change', async () => {
    const res = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'who-saved' }) } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { summary: Json }).summary).toMatchObject({ createdBy: 'test admin', updatedBy: 'test admin' });
  });
});
