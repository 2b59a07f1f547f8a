/**
 * The Content-Security-Policy in a real browser: every page the gateway serves (found through
 * the routes it registers) is loaded in headless Chromium with its policy, and must render —
 * the gallery, the sign-in screen, the admin console, the sign-in page's status — without a
 * single policy violation or console error. A policy that breaks the pane (Fluent UI's styles,
 * the lazy chunks, the draft stream) fails here. The one violation we want is office.js's
 * attempt to frame Microsoft's telemetry page: it stays blocked, nothing leaves the network.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { RouteOptions } from 'fastify';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';
import { startFakeOidc, type FakeOidcProvider } from '../support/fake-oidc.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { testTemplate } from '../server/fixtures.js';
import { launchBrowser, snap } from './support/browser.js';

const WAIT = 8_000;
const TEST_MS = 30_000;
const TOKEN_KEY = 'wenshu.token';
/** office.js (outside Office and in desktop Word alike) frames this page for its telemetry. */
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
}

interface Visit {
  page: Page;
  violations(): Promise<Violation[]>;
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

let browser: Browser;
let fake: FakeModelServer;
let model: FakeModelServerHandle;
let gw: TestGateway;
const contexts: BrowserContext[] = [];
const pageRoutes: string[] = [];

beforeAll(async () => {
  fake = new FakeModelServer({ fallback: { text: '# 关于开展消防演练的通知\n各处室：现将有关事项通知如下。' } });
  [browser, model] = await Promise.all([launchBrowser(), fake.start()]);
  gw = await startTestGateway({
    modelUrl: model.url,
    onRoute: (route: RouteOptions) => {
      if ([route.method].flat().includes('GET') && !route.url.startsWith('/api/') && !/[:*]/.test(route.url)) pageRoutes.push(route.url);
    },
  });
  const published = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'csp-notice', locales: ['zh-CN', 'en-US'] }), publish: true } });
  expect(published.status).toBe(201);
}, 30_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await gw?.close();
  await model?.close();
});

/** office.js's telemetry frame and the inline style it puts on that frame: blocked on purpose. */
function isOfficeTelemetry(v: Violation): boolean {
  return v.blocked.startsWith(OFFICE_TELEMETRY) || (v.directive === 'style-src-attr' && v.source.includes('/office-js/'));
}

function isExpectedConsole(msg: ConsoleMessage, allowed: RegExp[]): boolean {
  const text = msg.text();
  const fromOfficeJs = msg.location().url.includes('/office-js/');
  if (fromOfficeJs && /Content Security Policy/.test(text) && (text.includes(OFFICE_TELEMETRY) || /inline style/.test(text))) return true;
  return allowed.some((re) => re.test(`${text} ${msg.location().url}`));
}

/** Opens a page in a fresh context, optionally signed in, collecting violations and errors from the first byte. */
async function visit(base: string, path: string, opts: { token?: string; lang?: string; allowConsole?: RegExp[]; session?: Record<string, string> } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: opts.lang ?? 'zh-CN' });
  contexts.push(context);
  await context.addInitScript(
    ({ token, key, session }) => {
      if (window !== window.top) return; // frames (office.js's blocked telemetry frame) have no storage of ours
      const seen: unknown[] = [];
      (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber }),
      );
      if (token) localStorage.setItem(key, token);
      for (const [k, v] of Object.entries(session)) sessionStorage.setItem(k, v);
    },
    { token: opts.token, key: TOKEN_KEY, session: opts.session ?? {} },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isExpectedConsole(msg, opts.allowConsole ?? [])) errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  const res = await page.goto(base + path);
  expect([path, res?.status()]).toEqual([path, 200]);
  return {
    page,
    errors,
    violations: async () => ((await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)) ?? []).filter((v) => !isOfficeTelemetry(v)),
  };
}

/** Fluent UI really styled the pane: FluentProvider's theme variables and Griffel's classes took effect. */
async function fluentStyled(page: Page): Promise<{ themed: boolean; font: string }> {
  return page.locator('.fui-FluentProvider').first().evaluate((el) => {
    const style = getComputedStyle(el);
    return { themed: style.getPropertyValue('--colorNeutralForeground1').trim() !== '', font: style.fontFamily };
  });
}

async function expectClean(v: Visit, label: string): Promise<void> {
  expect([label, await v.violations()]).toEqual([label, []]);
  expect([label, v.errors]).toEqual([label, []]);
}

describe('the pages under their Content-Security-Policy', () => {
  it('finds every page the gateway serves', () => {
    expect(pageRoutes).toEqual(expect.arrayContaining(['/taskpane.html', '/commands.html', '/preview', '/admin', '/signin.html']));
  });

  test('the task pane and the preview render their first view for a signed-in user, styled, with no violation', async () => {
    for (const path of [...pageRoutes.filter((p) => p === '/taskpane.html' || p.startsWith('/preview')), '/preview?host=word&lang=en-US', '/preview?host=outlook', '/preview?theme=dark']) {
      const v = await visit(gw.url, path, { token: gw.tokens.author });
      if (path.includes('host=outlook')) {
        // Outlook's read mode opens on the Reply tab: the message and its suggested replies.
        await v.page.getByTestId('reply-message').waitFor();
        await v.page.getByTestId('reply-intents').waitFor();
      } else {
        await v.page.getByTestId('gallery').waitFor();
        await v.page.getByTestId('template-csp-notice').waitFor();
      }
      expect([path, await fluentStyled(v.page)]).toEqual([path, { themed: true, font: expect.stringContaining('Segoe UI') }]);
      await expectClean(v, path);
    }
  }, TEST_MS * 2);

  test('the pane shows its sign-in screen to someone not signed in, with no violation', async () => {
    const v = await visit(gw.url, '/taskpane.html');
    await v.page.getByTestId('signin-screen').waitFor();
    expect(await fluentStyled(v.page)).toEqual({ themed: true, font: expect.stringContaining('Segoe UI') });
    await snap(v.page, 'csp-signin-screen');
    await expectClean(v, 'signed out');
  }, TEST_MS);

  test('a whole draft runs under the policy: lazy chunks, the form, the stream and the suggestion card', async () => {
    const v = await visit(gw.url, '/preview?host=word', { token: gw.tokens.author });
    await v.page.getByTestId('template-csp-notice').click();
    await v.page.getByTestId('draft-form').waitFor();
    await v.page.getByTestId('field-subject').fill('消防演练');
    await v.page.getByTestId('generate').click();
    await v.page.waitForSelector('[data-testid="suggestion-card"][data-phase="finished"]');
    expect(await v.page.getByTestId('suggestion-text').textContent()).toContain('现将有关事项通知如下');
    await v.page.locator('#tab-revise').click();
    await v.page.getByTestId('revise-polish').waitFor();
    await snap(v.page, 'csp-draft-finished');
    await expectClean(v, 'draft');
  }, TEST_MS);

  test('the admin console renders for an admin, unframeable, with no violation', async () => {
    for (const path of pageRoutes.filter((p) => p.startsWith('/admin'))) {
      const v = await visit(gw.url, path, { token: gw.tokens.admin });
      await v.page.getByTestId('admin-console').waitFor();
      expect(await fluentStyled(v.page)).toEqual({ themed: true, font: expect.stringContaining('Segoe UI') });
      await expectClean(v, path);
    }
  }, TEST_MS);

  test('the commands page loads its script with no violation', async () => {
    const v = await visit(gw.url, '/commands.html');
    await v.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/addin/commands.js')));
    await v.page.waitForLoadState('load');
    await expectClean(v, 'commands');
  }, TEST_MS);

  test('the sign-in page says it is not configured in token mode, with no violation', async () => {
    const v = await visit(gw.url, '/signin.html');
    await v.page.waitForFunction(() => !/Signing in/.test(document.getElementById('status')?.textContent ?? 'Signing in'));
    await expectClean(v, 'signin');
  }, TEST_MS);

  test('the sign-in page may talk to the identity provider, and only there', async () => {
    const oidc: FakeOidcProvider = await startFakeOidc({ audience: 'api://wenshu' });
    const oidcGw = await startTestGateway({
      modelUrl: model.url,
      env: {
        AUTH_MODE: 'oidc',
        OIDC_JWKS_URL: oidc.jwksUrl,
        OIDC_ISSUER: oidc.issuer,
        OIDC_AUDIENCE: 'api://wenshu',
        OIDC_AUTHORIZE_URL: `${oidc.url}/authorize`,
        OIDC_CLIENT_ID: 'wenshu-pane',
      },
    });
    const visits: Visit[] = [];
    try {
      // The provider sent the user back with an error: the page says so and stays.
      const v = await visit(oidcGw.url, '/signin.html?error=access_denied');
      visits.push(v);
      await v.page.waitForFunction(() => /access_denied/.test(document.getElementById('status')?.textContent ?? ''));
      await expectClean(v, 'signin (oidc)');
      // The page may read the provider's discovery document (then post to its token endpoint) …
      const fetchFrom = (page: Page, url: string) =>
        page.evaluate((u) => fetch(u, { signal: AbortSignal.timeout(5000) }).then((r) => `HTTP ${r.status}`, (e: Error) => (e.name === 'TimeoutError' ? 'timed out' : 'blocked')), url);
      expect(await fetchFrom(v.page, `${oidc.issuer}/.well-known/openid-configuration`)).toBe('HTTP 200');
      // … but nothing else off the gateway, and the pane may not talk to the provider at all.
      expect(await fetchFrom(v.page, `${model.url}/models`)).toBe('blocked');
      expect(await v.violations()).toEqual([expect.objectContaining({ directive: 'connect-src', blocked: expect.stringContaining(model.url.replace(/\/v1$/, '')) })]);
      const pane = await visit(oidcGw.url, '/taskpane.html');
      visits.push(pane);
      await pane.page.getByTestId('signin-screen').waitFor();
      expect(await fetchFrom(pane.page, `${oidc.issuer}/.well-known/openid-configuration`)).toBe('blocked');
    } finally {
      // The pages go first, so neither server waits on the browser's open sockets.
      await Promise.all(visits.map((v) => v.page.context().close()));
      await oidcGw.close();
      await oidc.close();
    }
  }, TEST_MS);

  test('office.js cannot frame Microsoft\'s telemetry page: the policy blocks it', async () => {
    const v = await visit(gw.url, '/taskpane.html', { token: gw.tokens.author });
    const blocked = await v.page.waitForFunction(
      (host) => (window as unknown as { __cspViolations: Violation[] }).__cspViolations.find((x) => x.blocked.startsWith(host)),
      OFFICE_TELEMETRY,
      { timeout: 10_000 },
    );
    expect(await blocked.jsonValue()).toMatchObject({ directive: 'frame-src', blocked: expect.stringContaining(OFFICE_TELEMETRY) });
    await expectClean(v, 'telemetry');
  }, TEST_MS);
});
