import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const XSD = new URL('../../../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd', import.meta.url).pathname;
// CI always has ../shared; a clone elsewhere may not, and then only the schema check is skipped.
const withSchemas = existsSync(XSD) ? it : it.skip;

describe('what Office and browsers load from the gateway', () => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url, env: { PUBLIC_URL: 'https://wenshu.corp.example:8443', OFFICE_JS_URL: '/office-js/office.js' } });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  it.each(['/manifest.xml', '/manifest.outlook.xml'])('serves %s with PUBLIC_URL in every URL', async (path) => {
    const res = await gw.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const xml = await res.text();
    expect(xml).not.toContain('localhost:3000');
    expect(xml).toContain('https://wenshu.corp.example:8443/taskpane.html');
  });

  withSchemas.each(['/manifest.xml', '/manifest.outlook.xml'])('serves %s valid against Microsoft\'s manifest schema', async (path) => {
    const xml = await (await gw.request(path)).text();
    const file = join(mkdtempSync(join(tmpdir(), 'wenshu-manifest-')), 'manifest.xml');
    writeFileSync(file, xml);
    const out = execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
  });

  it('asks Outlook for ReadWriteItem and nothing more', async () => {
    const xml = await (await gw.request('/manifest.outlook.xml')).text();
    expect(xml.match(/<Permissions>([^<]+)<\/Permissions>/)?.[1]).toBe('ReadWriteItem');
    expect(xml).toMatch(/<Set Name="Mailbox" MinVersion="1.1"\/>/);
  });

  it('serves office.js from the gateway itself, so an intranet needs no CDN', async () => {
    const res = await gw.request('/office-js/office.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Office/);
    const page = await (await gw.request('/taskpane.html')).text();
    expect(page).toContain('<script src="/office-js/office.js"></script>');
  });

  it('serves the icons the manifests point at', async () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const res = await gw.request(`/assets/icons/icon-${size}.png`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
  });

  it('answers /healthz and reports readiness with database and model latency', async () => {
    expect(await (await gw.request('/healthz')).json()).toMatchObject({ status: 'ok' });
    const res = await gw.request('/readyz');
    const body = (await res.json()) as { status: string; checks: { database: { ok: boolean; ms: number }; model: { ok: boolean; detail: { models: string[] } } } };
    expect(res.status).toBe(200);
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.model.ok).toBe(true);
    expect(body.checks.model.detail.models).toContain('fake-model');
    expect(typeof body.checks.database.ms).toBe('number');
  });

  it('answers unknown paths with a coded JSON error in the caller\'s language', async () => {
    const res = await gw.request('/api/nothing-here', { headers: { 'accept-language': 'zh-CN' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: '未找到 /api/nothing-here。' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('readiness when the model server is down', () => {
  it('says not ready and names the endpoint', async () => {
    const model = await new FakeModelServer().start();
    await model.close(); // the port is now closed: connections are refused
    const gw = await startTestGateway({ modelUrl: model.url });
    try {
      const res = await gw.request('/readyz');
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: { database: { ok: boolean }; model: { ok: boolean; error: string } } };
      expect(body.checks.database.ok).toBe(true);
      expect(body.checks.model.ok).toBe(false);
      expect(body.checks.model.error).toContain(model.url);
    } finally {
      await gw.close();
    }
  });
});
