/**
 * Signing in to the pane end to end, in headless Chromium against the real gateway: the token
 * screen, a session that ends mid-work (the form keeps its values), and the identity-provider
 * sign-in (popup → /signin.html → authorization code with PKCE → token back to the pane).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';
import { startFakeOidc, type FakeOidcProvider } from '../support/fake-oidc.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { testTemplate } from '../server/fixtures.js';
import { launchBrowser, snap } from './support/browser.js';
import { TOKEN_KEY, signInContext } from './support/sign-in.js';

const TEMPLATE_ID = 'e2e-signin';
const WAIT = 8_000;
const TEST_MS = 20_000;

let browser: Browser;
let model: FakeModelServerHandle;
let gw: TestGateway;
let context: BrowserContext | undefined;

async function publish(gateway: TestGateway): Promise<void> {
  const res = await gateway.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: TEMPLATE_ID, locales: ['zh-CN', 'en-US'] }), publish: true } });
  if (!res.ok) throw new Error(`publishing the test template failed: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  [browser, model] = await Promise.all([launchBrowser(), new FakeModelServer().start()]);
  gw = await startTestGateway({ modelUrl: model.url });
  await publish(gw);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await gw?.close();
  await model?.close();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openPane(gateway: TestGateway, token?: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  if (token) await signInContext(context, token);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.goto(`${gateway.url}/preview?host=word&lang=en-US`);
  return page;
}

describe('signing in to the pane', () => {
  test('token mode: the pane asks for a token, refuses a wrong one, and opens with the right one', async () => {
    const page = await openPane(gw);
    const screen = page.locator('[data-testid="signin-screen"][data-mode="token"]');
    await screen.waitFor();
    await expect(page.getByTestId(`template-${TEMPLATE_ID}`).count()).resolves.toBe(0);
    await snap(page, 'signin-1-token-screen');

    await page.getByTestId('signin-token').fill('wsu_not-a-real-token-000000000000000000000');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-notice').textContent()).resolves.toMatch(/not accepted/);
    await snap(page, 'signin-2-token-refused');

    await page.getByTestId('signin-token').fill(gw.tokens.author);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId(`template-${TEMPLATE_ID}`).waitFor();
    await expect(page.getByTestId('signin-screen').count()).resolves.toBe(0);
    // Kept for the next visit, under the key the pane reads.
    await expect(page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).resolves.toBe(gw.tokens.author);
  }, TEST_MS);

  test('Sign out in the account menu forgets the token and leaves nothing typed behind', async () => {
    const page = await openPane(gw);
    await page.getByTestId('signin-token').fill(gw.tokens.author);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId(`template-${TEMPLATE_ID}`).click();
    await page.getByTestId('field-subject').fill('Left on a shared desk');

    await page.getByTestId('account-menu').click();
    await expect(page.getByTestId('account-name').textContent()).resolves.toMatch(/^Signed in as \S/);
    await page.waitForTimeout(300); // let the menu finish fading in before the picture
    await snap(page, 'signin-account-menu');
    await page.getByTestId('account-signout').click();

    await page.locator('[data-testid="signin-screen"][data-mode="token"]').waitFor();
    await expect(page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).resolves.toBeNull();
    await expect(page.getByTestId('field-subject').count()).resolves.toBe(0);
    // Signing in again starts from the gallery, not from the last person's form or recent templates.
    await page.getByTestId('signin-token').fill(gw.tokens.author);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('gallery-all').getByTestId(`template-${TEMPLATE_ID}`).waitFor();
    await expect(page.getByTestId('field-subject').count()).resolves.toBe(0);
    await expect(page.getByTestId('gallery-recent').count()).resolves.toBe(0);
  }, TEST_MS);

  test('a session that ends mid-work brings the sign-in back, and the form keeps what was typed', async () => {
    const { token, info } = await gw.services.tokens.create({ name: 'short-lived', role: 'author', by: 'tests' });
    const page = await openPane(gw, token);
    await page.getByTestId(`template-${TEMPLATE_ID}`).click();
    await page.getByTestId('draft-form').waitFor();
    const subject = 'Quarterly fire drill';
    await page.getByTestId('field-subject').fill(subject);

    await gw.services.tokens.revoke(info.id);
    await page.getByTestId('generate').click();
    await page.locator('[data-testid="signin-screen"][data-mode="token"]').waitFor();
    await expect(page.getByTestId('signin-notice').textContent()).resolves.toMatch(/revoked/);
    await snap(page, 'signin-3-session-ended');

    await page.getByTestId('signin-token').fill(gw.tokens.author);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('draft-form').waitFor({ state: 'visible' });
    await expect(page.getByTestId('field-subject').inputValue()).resolves.toBe(subject);
  }, TEST_MS);

  test('oidc mode: Sign in opens the provider in a popup and comes back signed in (code flow with PKCE)', async () => {
    const idp: FakeOidcProvider = await startFakeOidc({ audience: 'wenshu-pane' });
    const oidcGw = await startTestGateway({
      modelUrl: model.url,
      env: {
        AUTH_MODE: 'oidc',
        OIDC_JWKS_URL: idp.jwksUrl,
        OIDC_ISSUER: idp.issuer,
        OIDC_AUDIENCE: 'wenshu-pane',
        OIDC_AUTHORIZE_URL: `${idp.url}/authorize`,
        OIDC_CLIENT_ID: 'wenshu-pane',
      },
    });
    try {
      await publish(oidcGw);
      idp.signInAs({ sub: 'u-42', preferred_username: 'li.hua@corp.example', roles: ['wenshu-admin'] });
      const page = await openPane(oidcGw);
      await page.locator('[data-testid="signin-screen"][data-mode="oidc"]').waitFor();
      await snap(page, 'signin-4-oidc-screen');
      const popup = page.waitForEvent('popup');
      await page.getByTestId('signin-provider').click();
      // The pane closes the window once the token is back.
      const signInWindow = await popup;
      if (!signInWindow.isClosed()) await signInWindow.waitForEvent('close');
      await page.getByTestId(`template-${TEMPLATE_ID}`).waitFor();
      expect(idp.tokenRequests()).toEqual([{ clientId: 'wenshu-pane', pkceOk: true }]);
      const session = await page.evaluate(async (key) => {
        const res = await fetch('/api/session', { headers: { authorization: `Bearer ${localStorage.getItem(key)}` } });
        return (await res.json()) as { principal: { name: string; role: string; via: string } };
      }, TOKEN_KEY);
      expect(session.principal).toEqual({ id: 'u-42', name: 'li.hua@corp.example', role: 'admin', via: 'oidc' });
    } finally {
      await oidcGw.close();
      await idp.close();
    }
  }, TEST_MS);
});
