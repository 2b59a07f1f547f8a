/**
 * The API answers only the gateway's own pages: a call that carries another site's Origin (or
 * that the browser marks cross-site) is refused with a coded 403 before it is authenticated or
 * its body read, and no answer ever carries CORS permission for another origin.
 */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

const PUBLIC_URL = 'https://wenshu.corp.example:8443';
const EVIL = 'https://evil.example';

let fake: FakeModelServer;
let model: FakeModelServerHandle;
let gw: TestGateway;

beforeAll(async () => {
  fake = new FakeModelServer();
  model = await fake.start();
  gw = await startTestGateway({ modelUrl: model.url, env: { PUBLIC_URL } });
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((h) => h.startsWith('access-control-'));
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('calls from other sites', () => {
  it('are refused with 403 origin_forbidden in the caller\'s language, and no CORS permission', async () => {
    const zh = await gw.request('/api/templates', { headers: { origin: EVIL, 'accept-language': 'zh-CN' } });
    expect(zh.status).toBe(403);
    expect(corsHeaders(zh)).toEqual([]);
    expect(await errorOf(zh)).toEqual({ code: 'origin_forbidden', message: expect.stringContaining('该请求来自其他网站（https://evil.example）') });
    const en = await gw.request('/api/templates', { headers: { origin: EVIL, 'accept-language': 'en-US' } });
    expect(await errorOf(en)).toEqual({ code: 'origin_forbidden', message: expect.stringContaining('This request came from another site (https://evil.example)') });
  });

  it('never reach the model: a draft from another site starts no stream', async () => {
    const before = fake.chatRequests.length;
    const res = await gw.request('/api/revisions', { headers: { origin: EVIL }, body: { action: 'polish', text: '一句话。', locale: 'zh-CN' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    await res.body?.cancel();
    expect(fake.chatRequests.length).toBe(before);
  });

  it('get no permission from a preflight', async () => {
    const res = await gw.request('/api/drafts', {
      method: 'OPTIONS',
      anonymous: true,
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    await res.body?.cancel();
    expect(res.status).toBe(403);
    expect(corsHeaders(res)).toEqual([]);
  });

  it('are refused from look-alikes: another port or scheme of our own host, a sub-domain, and "null"', async () => {
    const own = new URL(gw.url);
    for (const origin of [`${own.protocol}//${own.hostname}:1`, `https://${own.host}`, 'https://wenshu.corp.example', 'https://x.wenshu.corp.example:8443', 'null']) {
      const res = await gw.request('/api/templates', { headers: { origin } });
      await res.body?.cancel();
      expect([origin, res.status, corsHeaders(res)]).toEqual([origin, 403, []]);
    }
  });

  it('are refused when the browser marks them cross-site even without an Origin header', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await gw.request('/api/templates', { headers: { 'sec-fetch-site': site } });
      await res.body?.cancel();
      expect([site, res.status]).toEqual([site, 403]);
    }
    const same = await gw.request('/api/templates', { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(200);
  });

  it('may still load pages and icons (no CORS permission, nothing to refuse)', async () => {
    for (const path of ['/taskpane.html', '/assets/icons/icon-32.png']) {
      const res = await gw.request(path, { anonymous: true, headers: { origin: EVIL } });
      await res.body?.cancel();
      expect([path, res.status, corsHeaders(res)]).toEqual([path, 200, []]);
    }
  });
});

describe('calls from the gateway\'s own pages', () => {
  it('are answered from the listening origin and from PUBLIC_URL, with CORS naming exactly that origin', async () => {
    for (const origin of [gw.url, PUBLIC_URL, gw.url.replace('127.0.0.1', 'localhost')]) {
      const res = await gw.request('/api/templates', { headers: { origin } });
      await res.body?.cancel();
      expect([origin, res.status, res.headers.get('access-control-allow-origin')]).toEqual([origin, 200, origin]);
      expect(res.headers.get('vary')).toMatch(/Origin/);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('get a preflight answer for the methods and headers the pane uses', async () => {
    const res = await gw.request('/api/drafts', {
      method: 'OPTIONS',
      anonymous: true,
      headers: { origin: PUBLIC_URL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PUBLIC_URL);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization.*content-type/);
  });

  it('stream a draft as before (a same-origin POST carries Origin too)', async () => {
    fake.enqueue({ text: '已润色。' });
    const res = await gw.request('/api/revisions', { headers: { origin: gw.url }, body: { action: 'polish', text: '一句话。', locale: 'zh-CN' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(await res.text()).toContain('已润色');
  });
});
