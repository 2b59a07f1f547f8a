/**
 * Trusted-header mode over real HTTP: the proxy's user header counts only on connections from
 * TRUSTED_PROXIES. The same request from anywhere else is anonymous.
 */
import { addressMatcher } from '../../../src/server/auth/addresses.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

let model: FakeModelServerHandle;
beforeAll(async () => {
  model = await new FakeModelServer().start();
});
afterAll(() => model.close());

async function withGateway(proxies: string, fn: (gw: TestGateway) => Promise<void>): Promise<void> {
  const gw = await startTestGateway({
    modelUrl: model.url,
    env: { AUTH_MODE: 'trusted-header', TRUSTED_HEADER: 'X-Remote-User', TRUSTED_PROXIES: proxies, TRUSTED_ADMINS: 'Zhao.Lei' },
  });
  try {
    await fn(gw);
  } finally {
    await gw.close();
  }
}

const as = (user: string) => ({ anonymous: true, headers: { 'x-remote-user': user } });

describe('trusted-header sign-in', () => {
  it('takes the user from the header on a connection from a trusted proxy; admins by name', async () => {
    await withGateway('10.0.0.0/8, 127.0.0.1', async (gw) => {
      const session = await (await gw.request('/api/session', as('li.hua'))).json();
      expect(session).toEqual({
        mode: 'trusted-header',
        principal: { id: 'li.hua', name: 'li.hua', role: 'author', via: 'trusted-header' },
        signIn: { kind: 'trusted-header' },
      });
      expect((await gw.request('/api/templates', as('li.hua'))).status).toBe(200);
      expect((await gw.request('/api/admin/templates', as('li.hua'))).status).toBe(403);
      // Admin names compare without regard to case, as directory names do.
      expect((await gw.request('/api/admin/templates', as('zhao.lei'))).status).toBe(200);
    });
  });

  it('ignores the same header from an address that is not a trusted proxy (401)', async () => {
    await withGateway('10.20.30.40', async (gw) => {
      const res = await gw.request('/api/templates', as('zhao.lei'));
      expect(res.status).toBe(401);
      const session = (await (await gw.request('/api/session', as('zhao.lei'))).json()) as { principal: unknown };
      expect(session.principal).toBeNull();
      // Tokens still work for scripts.
      expect((await gw.request('/api/templates')).status).toBe(200);
    });
  });

  it('refuses an empty user name', async () => {
    await withGateway('127.0.0.1', async (gw) => {
      expect((await gw.request('/api/templates', as('   '))).status).toBe(401);
    });
  });
});

describe('proxy address lists', () => {
  it('matches single addresses, CIDR ranges and IPv4 seen through a dual-stack socket', () => {
    const trusted = addressMatcher(['127.0.0.1', '10.1.0.0/16', 'fd00::/8']);
    expect(trusted('127.0.0.1')).toBe(true);
    expect(trusted('::ffff:127.0.0.1')).toBe(true);
    expect(trusted('10.1.200.3')).toBe(true);
    expect(trusted('10.2.0.1')).toBe(false);
    expect(trusted('fd12::1')).toBe(true);
    expect(trusted('::1')).toBe(false);
    expect(trusted(undefined)).toBe(false);
    expect(() => addressMatcher(['proxy.example'])).toThrow(/not an IP address/);
  });
});
