/**
 * The per-user generation limit as a user meets it in the pane: after a draft, asking again past
 * the limit shows a calm warning that says how many seconds to wait, in the pane's language, and
 * keeps both what was typed and the draft already on screen.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { testTemplate } from '../server/fixtures.js';
import { launchBrowser, snap } from './support/browser.js';

const DRAFT = '# Notice of a fire drill\nTo all departments: a fire drill will be held on Friday.';

let browser: Browser;
let model: FakeModelServerHandle;
let gw: TestGateway;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const fake = new FakeModelServer({ fallback: { text: DRAFT } });
  [browser, model] = await Promise.all([launchBrowser(), fake.start()]);
  gw = await startTestGateway({ modelUrl: model.url, env: { RATE_LIMIT_GENERATIONS_PER_MINUTE: '1' } });
  const res = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'limited-notice', locales: ['zh-CN', 'en-US'] }), publish: true } });
  expect(res.status).toBe(201);
}, 30_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await gw?.close();
  await model?.close();
});

test('asking for a second draft past the limit says when to try again and keeps the form and the draft', async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  await context.addInitScript((token) => localStorage.setItem('wenshu.token', token), gw.tokens.author);
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  await page.goto(`${gw.url}/preview?host=word&lang=en-US`);
  await page.getByTestId('template-limited-notice').click();
  await page.getByTestId('field-subject').fill('Fire drill');

  await page.getByTestId('generate').click();
  await page.waitForSelector('[data-testid="suggestion-card"][data-phase="finished"]');
  const draft = await page.getByTestId('suggestion-text').textContent();
  expect(draft).toContain('a fire drill will be held on Friday');

  await page.getByTestId('generate').click();
  const bar = page.locator('[data-testid="error-bar"][data-code="rate_limited"]');
  await bar.waitFor();
  const text = (await bar.textContent()) ?? '';
  const seconds = Number(/Try again in (\d+) seconds/.exec(text)?.[1]);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(text).toContain('Many requests in a short time');
  expect(text).toContain('your form and draft are kept');
  await snap(page, 'rate-limited');

  // Nothing was lost: the subject is still typed in and the first draft is still there.
  await expect(page.getByTestId('field-subject').inputValue()).resolves.toBe('Fire drill');
  await expect(page.getByTestId('suggestion-text').textContent()).resolves.toBe(draft);
}, 30_000);
