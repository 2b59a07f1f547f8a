/**
 * Request size limits over real HTTP: a 10 MB body is refused with 413 and the coded message on
 * every route that takes a body (found through the routes the app registers), routes whose
 * schema takes a few short fields refuse far less, and drafts keep the full BODY_LIMIT_BYTES.
 */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { concrete, routeRecorder, type SeenRoute } from './helpers.js';

const TEN_MB = JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) });

let fake: FakeModelServer;
let model: FakeModelServerHandle;
let gw: TestGateway;
const routes: SeenRoute[] = [];

beforeAll(async () => {
  fake = new FakeModelServer({ fallback: { text: '好的。' } });
  model = await fake.start();
  gw = await startTestGateway({ modelUrl: model.url, onRoute: routeRecorder(routes) });
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('request size limits', () => {
  it('refuses a 10 MB body with 413 and the coded message on every route that takes a body', async () => {
    const bodyRoutes = routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(bodyRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['POST /api/drafts', 'POST /api/events', 'PUT /api/admin/settings', 'POST /api/admin/templates/import']));
    const wrong: string[] = [];
    for (const r of bodyRoutes) {
      const res = await gw.request(concrete(r.url), { method: r.method, admin: true, body: TEN_MB, headers: { 'accept-language': 'en-US' } });
      const error = res.status === 413 ? await errorOf(res) : undefined;
      if (res.status !== 413 || error?.code !== 'body_too_large' || !/^The request is too large \(limit \d+ (KB|MB)\)/.test(error.message)) {
        wrong.push(`${r.method} ${r.url}: ${res.status} ${JSON.stringify(error)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives routes with a few short fields a 16 KB limit, and says so', async () => {
    const padding = 'x'.repeat(20 * 1024);
    const cases: [string, string, Record<string, unknown>][] = [
      ['POST', '/api/events', { generationId: padding, candidate: 0, action: 'accepted' }],
      ['PUT', '/api/admin/settings', { auditContent: false, note: padding }],
      ['POST', '/api/admin/tokens', { name: padding, role: 'author' }],
    ];
    for (const [method, path, body] of cases) {
      const res = await gw.request(path, { method, admin: true, body, headers: { 'accept-language': 'zh-CN' } });
      expect([path, res.status]).toEqual([path, 413]);
      expect(await errorOf(res)).toEqual({ code: 'body_too_large', message: '请求内容过大（上限 16 KB），请缩短文字或减少附带的上下文。' });
    }
    // A real settings change is tiny and goes through.
    const ok = await gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: { auditContent: false } });
    expect(ok.status).toBe(200);
  });

  it('keeps the full BODY_LIMIT_BYTES for drafts and revisions: a long text is still revised', async () => {
    const text = '安全检查工作要求。'.repeat(1500); // 13,500 characters, about 40 KB of UTF-8: far past 16 KB
    const res = await gw.request('/api/revisions', { body: { action: 'shorten', text, locale: 'zh-CN' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await res.text();
  });
});
