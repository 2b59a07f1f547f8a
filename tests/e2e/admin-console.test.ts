/**
 * The admin console end to end (issue 6): a real gateway on a fresh SQLite database with the
 * fake model server behind it, Debian's Chromium, and three people. An admin signs in at /admin
 * by pasting a token, issues tokens, builds a template with three fields, previews and publishes
 * it; an author signs in to the Word preview with the token she was given, drafts with that
 * template and accepts; the admin then finds both events in the audit and its CSV, and the
 * accept in the usage chart. The author is refused on every admin route and has no Admin tab.
 * A second admin's stale save is refused and neither admin's text is lost. Every console screen
 * leaves a screenshot in test-output/e2e/, at 1280 px and in the 320 px pane.
 *
 * The steps share one gateway and build on each other, in order.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { FakeModelServer } from '../support/fake-model-server.js';
import type { TestGateway } from '../support/gateway.js';
import { snap } from './support/browser.js';
import { addThreeFields, adminRoutesOf, horizontalOverflow, issueToken, openSection, pasteToken, probeFromPage, routeCollector, signInAtAdmin, type SectionId } from './support/admin-console.js';
import { startRig, type Rig } from './support/rig.js';

const TEMPLATE_ID = 'e2e-fire-drill';
const AUTHOR_NAME = '撰稿人 李明';
const SECOND_ADMIN_NAME = '管理员 王芳';
/** Per wait: a hang fails with the selector it waited for, well inside the step's time. */
const WAIT = 10_000;
const STEP_MS = 45_000;

const DRAFT = ['# 关于开展消防演练的通知', '各处室、各直属单位：', '为提高应急处置能力，决定开展消防演练。', '- 疏散演练：按指定路线有序撤离', '- 灭火器使用：安保人员现场示范'].join('\n');

let rig: Rig | undefined;
let fake: FakeModelServer;
let gw: TestGateway;
const collector = routeCollector();

/** The first admin's /admin page, used by most steps. */
let console1: Page;
let authorToken = '';
let secondAdminToken = '';

beforeAll(async () => {
  rig = await startRig({ gateway: { onRoute: collector.onRoute } });
  ({ fake, gw } = rig);
}, 30_000);

afterAll(async () => {
  // The steps build on each other, so their pages stay open until the end.
  await rig?.close();
});

async function newPage(opts: { lang?: 'zh-CN' | 'en-US'; token?: string; height?: number } = {}): Promise<Page> {
  const context = await rig!.newContext({ viewport: { width: 1280, height: opts.height ?? 900 }, locale: opts.lang ?? 'zh-CN', acceptDownloads: true, token: opts.token });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  return page;
}

/** The local date, as the gateway's usage report names days. */
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function latestTemplate(): Promise<{ version: number; prompt: string }> {
  const res = await gw.request(`/api/admin/templates/${TEMPLATE_ID}`, { admin: true });
  const body = (await res.json()) as { latest: { version: number; template: { prompt: string } } };
  return { version: body.latest.version, prompt: body.latest.template.prompt };
}

describe('admin console, end to end', () => {
  test('1. an admin signs in at /admin by pasting a token and issues tokens, each shown once', async () => {
    console1 = await newPage();
    await signInAtAdmin(console1, gw.url, gw.tokens.admin);
    await openSection(console1, 'tokens');

    // A token needs a name: the form says so, in the admin's language, and creates nothing.
    await console1.getByTestId('token-create').click();
    await console1.getByText('请为令牌命名，以便日后知道是谁在使用。').waitFor();
    await expect(console1.getByTestId('new-token').count()).resolves.toBe(0);

    authorToken = await issueToken(console1, { name: AUTHOR_NAME, role: 'author', expiryDays: 30 });
    expect(authorToken).toMatch(/^wsu_/);
    await expect(console1.getByTestId('new-token').textContent()).resolves.toContain('只显示这一次');
    await snap(console1, 'console-1-token-created');
    await console1.getByTestId('new-token-done').click();
    await console1.getByTestId('new-token').waitFor({ state: 'detached' });
    // Once closed, the secret is nowhere on the page any more.
    expect(await console1.content()).not.toContain(authorToken);

    secondAdminToken = await issueToken(console1, { name: SECOND_ADMIN_NAME, role: 'admin', expiryDays: 7 });
    expect(secondAdminToken).toMatch(/^wsa_/);
    await console1.getByTestId('new-token-done').click();

    // Both are listed as active, with the role chosen and never used yet; the gateway agrees.
    const cells = (name: string) => console1.getByTestId('token-list').locator('tr', { hasText: name }).locator('td').allTextContents();
    await expect(cells(AUTHOR_NAME)).resolves.toEqual([AUTHOR_NAME, '撰稿人', expect.any(String), '从未使用', expect.any(String), '有效', '吊销']);
    await expect(cells(SECOND_ADMIN_NAME)).resolves.toEqual([SECOND_ADMIN_NAME, '管理员', expect.any(String), '从未使用', expect.any(String), '有效', '吊销']);
    const listed = (await (await gw.request('/api/admin/tokens', { admin: true })).json()) as { tokens: { name: string; role: string; expiresAt: string | null }[] };
    expect(listed.tokens.find((t) => t.name === AUTHOR_NAME)).toMatchObject({ role: 'author' });
    expect(listed.tokens.find((t) => t.name === SECOND_ADMIN_NAME)).toMatchObject({ role: 'admin', expiresAt: expect.any(String) });
    await snap(console1, 'console-2-tokens');
  }, STEP_MS);

  test('2. the admin builds a template with three fields, previews its messages and publishes it', async () => {
    const page = console1;
    await openSection(page, 'templates');
    await page.getByTestId('admin-new').click();
    await page.getByTestId('template-editor').waitFor();
    await page.getByTestId('editor-id').fill(TEMPLATE_ID);
    await page.getByTestId('editor-name-zh-CN').fill('消防演练通知');
    await page.getByTestId('editor-name-en-US').fill('Fire drill notice');
    // Field 1 is the new template's `subject`; two more: a number and a choice.
    await addThreeFields(page);
    await page.getByTestId('editor-prompt').fill('请起草一份关于{{ subject }}的通知，印发{{ copies }}份，紧急程度：{{ urgency }}。');
    await page.keyboard.press('Escape'); // closes the field-name suggestions, if they opened
    await page.getByTestId('save').click();
    await page.getByTestId('save-notice').waitFor();

    await page.getByTestId('view-try').click();
    await page.getByTestId('trial-panel').getByTestId('field-subject').fill('开展消防演练');
    await page.getByTestId('preview-button').click();
    await expect(page.getByTestId('preview-messages').textContent()).resolves.toContain('开展消防演练');
    await snap(page, 'console-3-template-preview');

    await page.getByTestId('publish-current').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    const published = (await (await gw.request(`/api/templates/${TEMPLATE_ID}`)).json()) as { version: number; template: { fields: unknown[] } };
    expect(published.version).toBe(1);
    expect(published.template.fields).toHaveLength(3);
  }, STEP_MS);

  test('3. an author signs in to the Word preview, drafts with the template and accepts; she has no Admin tab and every admin route refuses her', async () => {
    const page = await newPage();
    await page.goto(`${gw.url}/preview?host=word&lang=zh-CN`);
    await pasteToken(page, authorToken);

    await page.getByTestId(`template-${TEMPLATE_ID}`).click();
    await page.getByTestId('draft-form').waitFor();
    await page.getByTestId('field-subject').fill('开展消防演练');
    fake.enqueue({ text: DRAFT, chunkSize: 6, paceMs: 5 });
    await page.getByTestId('generate').click();
    await page.waitForSelector('[data-testid="suggestion-card"][data-phase="finished"]');
    await page.getByTestId('accept-insert').click();
    await page.getByTestId('suggestion-card').waitFor({ state: 'detached' });
    await expect(page.locator('#wenshu-document h1').last().textContent()).resolves.toBe('关于开展消防演练的通知');
    await snap(page, 'console-4-author-accepted');

    // Long after the pane asked who she is: an author gets no Admin tab.
    expect(await page.locator('#tab-admin').count()).toBe(0);

    const adminRoutes = adminRoutesOf(collector.routes);
    const names = adminRoutes.map((r) => `${r.method} ${r.url}`);
    for (const expected of [
      'GET /api/admin/tokens',
      'POST /api/admin/tokens',
      'DELETE /api/admin/tokens/:id',
      'GET /api/admin/audit',
      'GET /api/admin/audit.csv',
      'GET /api/admin/settings',
      'PUT /api/admin/settings',
      'GET /api/admin/usage',
      'GET /api/admin/templates',
      'POST /api/admin/templates',
    ]) {
      expect(names).toContain(expected);
    }
    const answers = await probeFromPage(page, adminRoutes, authorToken);
    expect(answers.filter((a) => a.status !== 403)).toEqual([]);
    // Nothing she sent changed anything: the tokens and the template are as the admin left them.
    const listed = (await (await gw.request('/api/admin/tokens', { admin: true })).json()) as { tokens: { status: string }[] };
    expect(listed.tokens.every((t) => t.status === 'active')).toBe(true);
    expect((await latestTemplate()).version).toBe(1);
  }, STEP_MS);

  test('4. the audit shows the generation and the accept, its CSV export has both, and the usage chart counts the accept', async () => {
    const page = console1;
    await openSection(page, 'audit');
    await page.getByTestId('audit-template').selectOption(TEMPLATE_ID);
    await page.getByTestId('audit-apply').click();
    const list = page.getByTestId('audit-list');
    const generation = list.getByTestId('audit-generation');
    const accepted = list.getByTestId('audit-accepted');
    await accepted.waitFor();
    await expect(generation.count()).resolves.toBe(1);
    await expect(generation.textContent()).resolves.toMatch(new RegExp(`${AUTHOR_NAME}.*${TEMPLATE_ID}@1.*preview.*fake-model`));
    await expect(accepted.textContent()).resolves.toMatch(new RegExp(`${AUTHOR_NAME}.*${TEMPLATE_ID}@1.*已接受`));
    await expect(page.getByTestId('audit-content-off').isVisible()).resolves.toBe(true);
    await snap(page, 'console-5-audit');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^wenshu-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toMatch(/^time,event,/);
    // The export has the screen's filter: this template's two rows and nothing else.
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.split(',')[1]).sort()).toEqual(['accepted', 'generation']);
    expect(rows.every((r) => r.includes(TEMPLATE_ID) && r.includes(AUTHOR_NAME))).toBe(true);

    await openSection(page, 'usage');
    const row = page.getByTestId(`usage-${TEMPLATE_ID}`);
    await row.waitFor();
    await page.getByTestId('usage-chart-template').selectOption(TEMPLATE_ID);
    const chart = page.getByTestId('usage-chart');
    await expect(chart.getAttribute('data-accepted')).resolves.toBe('1');
    await expect(chart.getAttribute('data-generated')).resolves.toBe('1');
    const bar = chart.locator(`[data-testid="usage-bar"][data-date="${today()}"]`);
    await expect(bar.getAttribute('data-accepted')).resolves.toBe('1');
    await expect(bar.locator('title').textContent()).resolves.toContain('接受 1 份');
    // Template, generated, accepted, discarded, acceptance rate, median time to accept.
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['消防演练通知', '1', '1', '0', '100%', expect.stringMatching(/\d( ms| s| min)/)]);
    await snap(page, 'console-6-usage');
  }, STEP_MS);

  test('5. settings: turning text recording on warns first, and is saved with the retention', async () => {
    const page = console1;
    await openSection(page, 'settings');
    await snap(page, 'console-7-settings');
    await page.getByTestId('settings-content').click();
    await expect(page.getByTestId('settings-content-warning').textContent()).resolves.toContain('将会保存草稿和提示词');
    await page.getByTestId('settings-retention').fill('90');
    await page.getByTestId('settings-save').click();
    await page.locator('[data-testid="settings-status"]', { hasText: '已保存。' }).waitFor();
    const saved = await (await gw.request('/api/admin/settings', { admin: true })).json();
    expect(saved).toEqual({ auditContent: true, auditRetentionDays: 90 });

    // The format review's house rules: switchable where the gateway has the review (branch main).
    const rules = await gw.request('/api/review-rules');
    if (rules.status === 404) {
      await page.getByTestId('settings-review-missing').waitFor();
    } else {
      const body = (await rules.json()) as { rules: { id: string; switchable: boolean }[] };
      const house = body.rules.find((r) => r.switchable)!;
      await page.getByTestId(`rule-${house.id}`).click();
      await page.getByTestId('review-save').click();
      await page.locator('[data-testid="review-status"]', { hasText: '已保存。' }).waitFor();
      const after = (await (await gw.request('/api/review-rules')).json()) as { disabledHouseRules: string[] };
      expect(after.disabledHouseRules).toEqual([house.id]);
    }
    await snap(page, 'console-8-settings-saved');
  }, STEP_MS);

  test('6. every console screen fits the 320 px pane of the Word preview', async () => {
    // Tall, so each screenshot shows the whole pane (it scrolls inside itself, not the page).
    const page = await newPage({ token: gw.tokens.admin, lang: 'en-US', height: 2000 });
    await page.goto(`${gw.url}/preview?host=word&lang=en-US`);
    await page.locator('#tab-admin').click();
    await page.getByTestId('admin-console').waitFor();
    // All four tabs, the language switch and the account menu fit the header: no tab is cut off.
    const clipped = await page.locator('header [role="tablist"]').evaluate((list) => {
      const box = list.parentElement!.getBoundingClientRect();
      return [...list.querySelectorAll('[role="tab"]')].filter((tab) => {
        const r = tab.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5;
      }).map((tab) => tab.textContent);
    });
    expect(clipped).toEqual([]);
    const sections: SectionId[] = ['tokens', 'audit', 'usage', 'settings'];
    for (const id of sections) {
      await openSection(page, id);
      await page.getByTestId(`${id}-screen`).getByRole('heading', { level: 2 }).waitFor();
      expect(await horizontalOverflow(page, '#root')).toBeLessThanOrEqual(0);
      await snap(page, `console-9-pane-${id}`);
    }
    // The narrow audit folds its filters away and lists cards; filtering still works there.
    await openSection(page, 'audit');
    await expect(page.getByTestId('audit-filters').isVisible()).resolves.toBe(false);
    await page.getByTestId('audit-filters-toggle').click();
    await page.getByTestId('audit-outcome').selectOption('accepted');
    await page.getByTestId('audit-apply').click();
    await page.locator('[data-testid="audit-count"]', { hasText: '1–1 of 1' }).waitFor();
    await expect(page.getByTestId('audit-list').locator('li').textContent()).resolves.toContain(AUTHOR_NAME);
    await snap(page, 'console-9-pane-audit-filtered');
  }, STEP_MS);

  test('7. a second admin’s stale save is refused, and neither admin’s text is lost', async () => {
    const page2 = await newPage();
    await signInAtAdmin(page2, gw.url, secondAdminToken);
    for (const page of [console1, page2]) {
      await openSection(page, 'templates');
      // The first admin still has the template open from step 2: back to the list, then open it afresh.
      if (await page.getByTestId('template-workspace').isVisible()) await page.getByTestId('back-to-list').click();
      await page.getByTestId(`admin-template-${TEMPLATE_ID}`).click();
      await page.getByTestId('template-workspace').waitFor();
      await page.getByTestId('view-edit').click();
    }
    const first = '第一位管理员的提示词：{{ subject }}，{{ copies }} 份。';
    const second = '第二位管理员的提示词：{{ subject }}，{{ urgency }}。';
    await console1.getByTestId('editor-prompt').fill(first);
    await page2.getByTestId('editor-prompt').fill(second);

    await console1.getByTestId('save').click();
    await console1.getByTestId('save-notice').waitFor();
    await page2.getByTestId('save').click();
    await page2.getByTestId('conflict-panel').waitFor();

    // Refused: the gateway has the first admin's text; the second admin still has hers in the editor.
    expect(await latestTemplate()).toEqual({ version: 2, prompt: first });
    await expect(page2.getByTestId('editor-prompt').inputValue()).resolves.toBe(second);
    await expect(console1.getByTestId('editor-prompt').inputValue()).resolves.toBe(first);
    await page2.getByTestId('conflict-compare').click();
    await expect(page2.getByTestId('conflict-mine-prompt').textContent()).resolves.toBe(second);
    await expect(page2.getByTestId('conflict-theirs-prompt').textContent()).resolves.toBe(first);
    await snap(page2, 'console-10-conflict');

    // She saves hers on top: both texts are now versions.
    await page2.getByTestId('conflict-save-mine').click();
    await page2.getByTestId('conflict-panel').waitFor({ state: 'detached' });
    expect(await latestTemplate()).toEqual({ version: 3, prompt: second });
    const v2 = (await (await gw.request(`/api/admin/templates/${TEMPLATE_ID}/versions/2`, { admin: true })).json()) as { template: { prompt: string } };
    expect(v2.template.prompt).toBe(first);
  }, STEP_MS);

  test('8. revoking the author’s token asks first, and then her token no longer works', async () => {
    const page = console1;
    await openSection(page, 'tokens');
    const row = page.getByTestId('token-list').locator('tr', { hasText: AUTHOR_NAME });
    // Cancel changes nothing.
    await row.getByTestId('token-revoke').click();
    await expect(page.getByTestId('confirm-dialog').textContent()).resolves.toContain(`吊销“${AUTHOR_NAME}”？`);
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect((await gw.request('/api/templates', { headers: { authorization: `Bearer ${authorToken}` } })).status).toBe(200);

    await row.getByTestId('token-revoke').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await row.locator('[data-testid="token-status"][data-status="revoked"]').waitFor();
    await expect(row.getByTestId('token-revoke').count()).resolves.toBe(0);
    await snap(page, 'console-11-token-revoked');
    expect((await gw.request('/api/templates', { headers: { authorization: `Bearer ${authorToken}` } })).status).toBe(401);
  }, STEP_MS);
});
