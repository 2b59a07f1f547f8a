/**
 * Steps the admin-console end-to-end tests repeat: signing in at /admin by pasting a token,
 * opening a console screen, issuing a token from the Tokens screen, asking every admin route
 * something from inside a page with a given token, and building the three-field notice in the
 * template editor.
 */
import type { RouteOptions } from 'fastify';
import type { Page } from 'playwright-core';

export type SectionId = 'templates' | 'tokens' | 'audit' | 'usage' | 'settings';

/** Pastes a token into the sign-in screen (the pane's and /admin's are the same). */
export async function pasteToken(page: Page, token: string): Promise<void> {
  await page.getByTestId('signin-screen').waitFor();
  await page.getByTestId('signin-token').fill(token);
  await page.getByTestId('signin-submit').click();
}

/** /admin: paste the token into the sign-in screen; resolves once the console is shown. */
export async function signInAtAdmin(page: Page, gatewayUrl: string, token: string): Promise<void> {
  await page.goto(`${gatewayUrl}/admin`);
  await pasteToken(page, token);
  await page.getByTestId('admin-console').waitFor();
}

/** Opens a console screen by its navigation tab. */
export async function openSection(page: Page, id: SectionId): Promise<void> {
  await page.getByTestId(`admin-nav-${id}`).click();
  // Templates may be showing its list or an open template; the other screens have one view.
  await (id === 'templates' ? page.locator('#admin-panel-templates') : page.getByTestId(`${id}-screen`)).waitFor();
}

/** Creates a token on the Tokens screen and returns the secret it shows this once. */
export async function issueToken(page: Page, input: { name: string; role: 'admin' | 'author'; expiryDays: number }): Promise<string> {
  await page.getByTestId('token-name').fill(input.name);
  await page.getByTestId('token-role').selectOption(input.role);
  await page.getByTestId('token-expiry').selectOption(String(input.expiryDays));
  await page.getByTestId('token-create').click();
  const secret = await page.getByTestId('new-token-secret').inputValue();
  return secret;
}

export interface RouteInfo {
  method: string;
  url: string;
}

const PROBED = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Collects the routes an app registers (pass as startTestGateway's onRoute). */
export function routeCollector(): { onRoute(route: RouteOptions): void; routes: RouteInfo[] } {
  const routes: RouteInfo[] = [];
  return {
    routes,
    onRoute(route) {
      for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
        if (PROBED.has(method.toUpperCase())) routes.push({ method: method.toUpperCase(), url: route.url });
      }
    },
  };
}

/** Every admin route: under /api/admin (the format review's switch included, wherever it is registered). */
export const adminRoutesOf = (routes: readonly RouteInfo[]): RouteInfo[] =>
  routes.filter((r) => r.url === '/api/admin' || r.url.startsWith('/api/admin/') || r.url.startsWith('/api/admin.'));

/**
 * Calls each route from the page (same origin, the page's own fetch) with the token, path
 * parameters filled with a harmless value and an empty JSON body where one may be sent;
 * answers with each route's status.
 */
export async function probeFromPage(page: Page, routes: readonly RouteInfo[], token: string): Promise<{ route: string; status: number }[]> {
  const requests = routes.map((r) => ({ method: r.method, path: r.url.replace(/:(\w+)/g, (_m, name: string) => (/version/i.test(name) ? '1' : 'e2e-probe')), label: `${r.method} ${r.url}` }));
  return page.evaluate(
    async ({ requests, token }) => {
      const results: { route: string; status: number }[] = [];
      for (const r of requests) {
        const withBody = r.method !== 'GET' && r.method !== 'DELETE';
        const res = await fetch(r.path, {
          method: r.method,
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(withBody ? { 'Content-Type': 'application/json' } : {}) },
          body: withBody ? '{}' : undefined,
        });
        results.push({ route: r.label, status: res.status });
      }
      return results;
    },
    { requests, token },
  );
}

/** How far the document is wider than its window: > 0 means a horizontal scrollbar. */
export const horizontalOverflow = (page: Page, selector = 'html'): Promise<number> =>
  page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);

/** The editor's three fields: the starting `subject` text, a `copies` number and an `urgency` choice of 特急 or 加急. */
export async function addThreeFields(page: Page, opts: { copiesMax?: string } = {}): Promise<void> {
  await page.getByTestId('field-toggle-0').click();
  await page.getByTestId('field-0-label-zh-CN').fill('事由');
  await page.getByTestId('add-field').click();
  await page.getByTestId('field-1-key').fill('copies');
  await page.getByTestId('field-1-type').selectOption('number');
  await page.getByTestId('field-1-label-zh-CN').fill('份数');
  if (opts.copiesMax !== undefined) await page.getByTestId('field-1-max').fill(opts.copiesMax);
  await page.getByTestId('add-field').click();
  await page.getByTestId('field-2-key').fill('urgency');
  await page.getByTestId('field-2-type').selectOption('select');
  await page.getByTestId('field-2-label-zh-CN').fill('紧急程度');
  await page.getByTestId('field-2-add-option').click();
  await page.getByTestId('field-2-option-0-value').fill('特急');
  await page.getByTestId('field-2-add-option').click();
  await page.getByTestId('field-2-option-1-value').fill('加急');
}
