/**
 * What every answer tells the browser: a Content-Security-Policy on every HTML page the gateway
 * serves (found through the routes it registers, so a new page is covered without editing this
 * file), the security headers on pages, API answers, errors and SSE streams, HSTS over the
 * gateway's own TLS, and the admin console never framed.
 */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { concrete, parseCsp, routeRecorder, type SeenRoute } from './helpers.js';

const OFFICE_WEB = ['https://*.office.com', 'https://*.office365.com', 'https://*.officeapps.live.com', 'https://*.cloud.microsoft', 'https://*.sharepoint.com', 'https://outlook.office.com', 'https://outlook.live.com'];

let model: FakeModelServerHandle;
let fake: FakeModelServer;
let gw: TestGateway;
const routes: SeenRoute[] = [];

beforeAll(async () => {
  fake = new FakeModelServer();
  model = await fake.start();
  gw = await startTestGateway({ modelUrl: model.url, onRoute: routeRecorder(routes) });
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

/** Every GET route that answers with HTML, with its policy. */
async function htmlPages(gateway: TestGateway, seen: SeenRoute[]): Promise<{ path: string; res: Response }[]> {
  const pages: { path: string; res: Response }[] = [];
  for (const r of seen.filter((s) => s.method === 'GET' && !s.url.startsWith('/api/'))) {
    const path = concrete(r.url);
    const res = await gateway.request(path, { anonymous: true });
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) pages.push({ path, res });
    else await res.body?.cancel();
  }
  return pages;
}

describe('Content-Security-Policy on pages', () => {
  it('sends a strict policy with every HTML page the gateway serves', async () => {
    const pages = await htmlPages(gw, routes);
    const paths = pages.map((p) => p.path);
    for (const expected of ['/taskpane.html', '/commands.html', '/preview', '/admin', '/signin.html']) expect(paths).toContain(expected);
    for (const { path, res } of pages) {
      await res.body?.cancel();
      const csp = parseCsp(res.headers.get('content-security-policy'));
      const where = (d: string) => [path, d, csp.get(d)];
      expect(where('default-src')).toEqual([path, 'default-src', ["'self'"]]);
      expect(where('object-src')).toEqual([path, 'object-src', ["'none'"]]);
      expect(where('base-uri')).toEqual([path, 'base-uri', ["'none'"]]);
      expect(where('form-action')).toEqual([path, 'form-action', ["'self'"]]);
      expect(where('img-src')).toEqual([path, 'img-src', ["'self'", 'data:']]);
      expect(where('connect-src')).toEqual([path, 'connect-src', ["'self'"]]);
      // Scripts: ours, and inline blocks only by hash; never eval or blanket inline.
      const scripts = csp.get('script-src') ?? [];
      expect([path, scripts[0]]).toEqual([path, "'self'"]);
      expect([path, scripts.slice(1).filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))]).toEqual([path, []]);
      const styles = csp.get('style-src') ?? [];
      // Only the preview's stand-in mail may carry style attributes (sample HTML, as a mail client shows it).
      const allowed = path.startsWith('/preview') ? ["'self'", "'unsafe-inline'"] : ["'self'"];
      expect([path, styles.filter((s) => !allowed.includes(s) && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))]).toEqual([path, []]);
      if (!path.startsWith('/preview')) expect(styles).not.toContain("'unsafe-inline'");
    }
  });

  it('lets Office on the web frame the pane and nobody frame the admin console', async () => {
    const pane = await gw.request('/taskpane.html', { anonymous: true });
    expect(parseCsp(pane.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'self'", ...OFFICE_WEB]);
    expect(pane.headers.get('x-frame-options')).toBeNull();
    const admin = await gw.request('/admin', { anonymous: true });
    expect(parseCsp(admin.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(admin.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows an inline block only when it is one of the page templates\' own', async () => {
    const html = await (await gw.request('/preview', { anonymous: true })).text();
    expect(html).toMatch(/<script>\s*\/\//); // the preview page's settings block is inline …
    const csp = parseCsp((await gw.request('/preview', { anonymous: true })).headers.get('content-security-policy'));
    const { createHash } = await import('node:crypto');
    const block = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp.get('script-src')).toContain(`'sha256-${createHash('sha256').update(block).digest('base64')}'`); // … and allowed by its hash
  });

  it('takes frame-ancestors from FRAME_ANCESTORS and office.js\'s origin when it comes from Microsoft\'s CDN', async () => {
    const other = await startTestGateway({
      modelUrl: model.url,
      env: { FRAME_ANCESTORS: "'self', https://intranet.corp.example", OFFICE_JS_URL: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
    });
    try {
      const res = await other.request('/taskpane.html', { anonymous: true });
      const csp = parseCsp(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://intranet.corp.example']);
      expect(csp.get('script-src')?.slice(0, 2)).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(await res.text()).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    } finally {
      await other.close();
    }
  });

  it('gives answers that are not pages a policy that allows nothing', async () => {
    for (const path of ['/api/templates', '/healthz', '/manifest.xml', '/api/nothing-here']) {
      const res = await gw.request(path);
      await res.body?.cancel();
      expect([path, res.headers.get('content-security-policy')]).toEqual([path, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"]);
    }
  });
});

describe('security headers', () => {
  const common = (res: Response) => ({
    nosniff: res.headers.get('x-content-type-options'),
    referrer: res.headers.get('referrer-policy'),
    coop: res.headers.get('cross-origin-opener-policy'),
    deniesCamera: /(^|, )camera=\(\)/.test(res.headers.get('permissions-policy') ?? ''),
    deniesMicrophone: /(^|, )microphone=\(\)/.test(res.headers.get('permissions-policy') ?? ''),
    deniesGeolocation: /(^|, )geolocation=\(\)/.test(res.headers.get('permissions-policy') ?? ''),
  });
  const expectedCommon = { nosniff: 'nosniff', referrer: 'no-referrer', coop: 'same-origin-allow-popups', deniesCamera: true, deniesMicrophone: true, deniesGeolocation: true };

  it('are on pages, files, API answers, errors and 404s', async () => {
    const cases: [string, { anonymous?: boolean }][] = [
      ['/taskpane.html', { anonymous: true }],
      ['/assets/icons/icon-32.png', { anonymous: true }],
      ['/api/templates', {}],
      ['/api/templates', { anonymous: true }], // 401
      ['/api/nothing-here', {}], // 404
    ];
    for (const [path, init] of cases) {
      const res = await gw.request(path, init);
      await res.body?.cancel();
      expect([path, res.status, common(res)]).toEqual([path, res.status, expectedCommon]);
    }
  });

  it('mark API answers same-origin and never cacheable, and leave files cacheable', async () => {
    for (const [path, init] of [['/api/templates', {}], ['/api/session', {}], ['/api/templates', { anonymous: true }], ['/api/admin/templates', {}]] as const) {
      const res = await gw.request(path, init);
      await res.body?.cancel();
      expect([path, res.status, res.headers.get('cross-origin-resource-policy'), res.headers.get('cache-control')]).toEqual([path, res.status, 'same-origin', 'no-store']);
    }
    const icon = await gw.request('/assets/icons/icon-32.png', { anonymous: true });
    await icon.body?.cancel();
    // Office on the web shows the icons on its own pages: they must stay loadable cross-origin.
    expect(icon.headers.get('cross-origin-resource-policy')).toBeNull();
    expect(icon.headers.get('cache-control')).toMatch(/max-age=86400/);
  });

  it('are on a draft\'s event stream, which the route writes itself', async () => {
    fake.enqueue({ text: '好的。' });
    const res = await gw.request('/api/revisions', { body: { action: 'polish', text: '请润色这句话。', locale: 'zh-CN' } });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await res.text();
    expect(common(res)).toEqual(expectedCommon);
    expect(res.headers.get('cache-control')).toMatch(/^no-store\b/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('include HSTS only when the gateway serves TLS itself on a real host name', async () => {
    const plain = await gw.request('/healthz');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    // TLS=true only changes what the app sends here; the test server itself still speaks plain HTTP.
    const tls = await startTestGateway({ modelUrl: model.url, env: { TLS: 'true', PUBLIC_URL: 'https://wenshu.corp.example' } });
    const local = await startTestGateway({ modelUrl: model.url, env: { TLS: 'true', PUBLIC_URL: 'https://localhost:3000' } });
    try {
      expect((await tls.request('/taskpane.html')).headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect((await tls.request('/api/templates')).headers.get('strict-transport-security')).toBe('max-age=31536000');
      // HSTS binds a host on every port: a developer's localhost must not be pinned to https for a year.
      expect((await local.request('/taskpane.html')).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await tls.close();
      await local.close();
    }
  });
});
