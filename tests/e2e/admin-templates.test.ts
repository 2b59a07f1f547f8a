/**
 * The admin console's Templates screen end to end: the real gateway (fresh SQLite, token
 * sign-in) with the fake model server behind it, /admin in headless Chromium at 1280 px and the
 * pane's Admin tab at 350 px. Screenshots of each state go to test-output/e2e/.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { ChatMessage } from '../../src/core/prompt/types.js';
import { testTemplate } from '../server/fixtures.js';
import { snap } from './support/browser.js';
import { useRig } from './support/rig.js';
import { addThreeFields } from './support/admin-console.js';

const WAIT = 8_000;
const TEST_MS = 40_000;

const rig = useRig();
let context: BrowserContext | undefined;

afterEach(() => {
  context = undefined;
});

/** A fresh browser profile; `token` is already signed in, as the pane keeps it in localStorage. */
async function openPage(path: string, opts: { width: number; token?: string; lang?: string }): Promise<Page> {
  context = await rig.newContext({ viewport: { width: opts.width, height: 900 }, locale: opts.lang ?? 'zh-CN' });
  if (opts.token) await context.addInitScript((token) => localStorage.setItem('wenshu.token', token), opts.token);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.goto(rig.gw.url + path);
  return page;
}

/** How far the page is wider than the window: 0 means nothing spills sideways. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const fenceId = (text: string) => /⟪data id=([0-9a-f]{16}) /.exec(text)?.[1] ?? '';
/** Messages with their per-request fence id replaced, to compare two requests. */
const withoutFence = (messages: ChatMessage[]) => {
  const id = fenceId(messages.map((m) => m.content).join('\n'));
  return messages.map((m) => ({ role: m.role, content: m.content.split(id).join('<fence>') }));
};

interface Json {
  [key: string]: unknown;
}

async function getJson(path: string, admin = true): Promise<Json> {
  return (await (await rig.gw.request(path, { admin })).json()) as Json;
}

describe('admin console: templates, end to end', () => {
  test('in a browser at /admin: sign in, list, create a template with three fields, preview, test and publish it', async () => {
    const page = await openPage('/admin', { width: 1280 });
    // The pane's own sign-in: paste the admin token.
    await page.getByTestId('signin-screen').waitFor();
    await page.getByTestId('signin-token').fill(rig.gw.tokens.admin);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('admin-templates').waitFor();
    await expect(page.getByTestId('admin-template-official-notice').textContent()).resolves.toContain('official-notice');
    expect(await page.getByTestId('admin-templates').locator('> li').count()).toBeGreaterThanOrEqual(13);
    await page.getByTestId('admin-search').fill('请示');
    await expect(page.getByTestId('admin-templates').locator('> li').count()).resolves.toBe(1);
    await page.getByTestId('admin-search').fill('');
    await snap(page, 'admin-1-list-1280');

    await page.getByTestId('admin-new').click();
    await page.getByTestId('template-editor').waitFor();
    // Live validation: a new template says what is missing, next to the input, in Chinese.
    const nameProblem = page.locator('[data-anchor="name"]');
    await expect(nameProblem.textContent()).resolves.toContain('至少需要提供一种语言');
    await page.getByTestId('editor-id').fill('fire-drill');
    await page.getByTestId('editor-name-zh-CN').fill('消防演练通知');
    await page.getByTestId('editor-name-en-US').fill('Fire drill notice');
    await page.waitForFunction(() => !document.querySelector('[data-anchor="name"]')?.textContent?.includes('至少需要'));

    // Three fields: the starting text field, a number and a choice.
    await addThreeFields(page, { copiesMax: '10' });

    // Reordering from the keyboard: focus stays on the moved field's button.
    const up = page.getByRole('button', { name: '将字段 urgency 上移' });
    await up.focus();
    const upId = await up.getAttribute('id');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-field-list').locator('> li').nth(1).getAttribute('aria-label')).resolves.toContain('紧急程度');
    await page.waitForFunction((id) => document.activeElement?.id === id, upId);
    await page.keyboard.press('Tab'); // to "move down"
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-field-list').locator('> li').nth(2).getAttribute('aria-label')).resolves.toContain('紧急程度');

    // The prompt: `{{` offers the declared keys; Enter inserts one, closed.
    const prompt = page.getByTestId('editor-prompt');
    await prompt.fill('请起草一份关于');
    await prompt.press('End');
    await page.keyboard.type('{{');
    const suggestions = page.getByTestId('prompt-suggestions');
    await expect(suggestions.locator('[role="option"]').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('subject'), expect.stringContaining('copies'), expect.stringContaining('urgency')]),
    );
    await snap(page, 'admin-2-autocomplete-1280');
    await page.keyboard.press('Enter');
    await page.keyboard.type('的通知，印发{{ co');
    await page.keyboard.press('Enter');
    await page.keyboard.type('份。{% if urg');
    await page.keyboard.press('Tab');
    await page.keyboard.type(' %}（{{ urgency }}）{% endif %}');
    await expect(prompt.inputValue()).resolves.toBe('请起草一份关于{{ subject }}的通知，印发{{ copies }}份。{% if urgency %}（{{ urgency }}）{% endif %}');
    // A misspelt key is named under the prompt as soon as it is typed.
    await page.keyboard.type('{{ subjcet }}');
    await page.waitForFunction(() => document.querySelector('[data-anchor="prompt"]')?.textContent?.includes('subjcet'));
    for (let i = 0; i < '{{ subjcet }}'.length; i += 1) await page.keyboard.press('Backspace');
    // Once the check catches up, nothing is wrong any more.
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === '有未保存的修改');
    expect(await page.locator('[data-anchor="prompt"] .fui-Field__validationMessage').count()).toBe(0);
    await snap(page, 'admin-3-editor-1280');

    await page.getByTestId('save').click();
    await expect(page.getByTestId('save-notice').textContent()).resolves.toContain('第 1 版');
    const stored = await getJson('/api/admin/templates/fire-drill');
    expect((stored.latest as Json).template).toMatchObject({ id: 'fire-drill', fields: [{ key: 'subject' }, { key: 'copies' }, { key: 'urgency' }] });

    // Preview: the exact messages, with the sample values in place.
    await page.getByTestId('view-try').click();
    await page.getByTestId('field-subject').fill('消防演练');
    await page.getByTestId('field-copies').fill('3');
    await page.getByTestId('preview-button').click();
    const userMessage = page.getByTestId('preview-message-user');
    await expect(userMessage.textContent()).resolves.toContain('请起草一份关于⟦消防演练⟧的通知，印发⟦3⟧份。');
    const previewed: ChatMessage[] = [
      { role: 'system', content: (await page.getByTestId('preview-message-system').locator('pre').textContent()) ?? '' },
      { role: 'user', content: (await userMessage.locator('pre').textContent()) ?? '' },
    ];

    // Test generation streams into the suggestion card, from the very messages previewed.
    const before = rig.fake.chatRequests.length;
    rig.fake.enqueue({ text: '# 关于开展消防演练的通知\n各部门：\n现将有关事项通知如下。', chunkSize: 4, paceMs: 5 });
    await page.getByTestId('test-button').click();
    await page.waitForSelector('[data-testid="suggestion-card"][data-phase="finished"]');
    await expect(page.getByTestId('suggestion-text').textContent()).resolves.toContain('现将有关事项通知如下');
    const sent = (rig.fake.chatRequests[before]?.body as { messages: ChatMessage[] }).messages;
    expect(withoutFence(sent)).toEqual(withoutFence(previewed));
    await snap(page, 'admin-4-preview-test-1280');

    // Publish version 1: asked first, then staff see it.
    expect(((await getJson('/api/templates', false)).templates as Json[]).map((t) => t.id)).not.toContain('fire-drill');
    await page.getByTestId('publish-current').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expect(page.getByTestId('status-badge').getAttribute('data-status')).resolves.toBe('published');
    expect(((await getJson('/api/templates', false)).templates as Json[]).map((t) => t.id)).toContain('fire-drill');
    expect(await sideways(page)).toBe(0);
    await snap(page, 'admin-5-published-1280');
  }, TEST_MS);

  test('the pane shows the Admin tab to admins only, and the console fits a 350 px pane', async () => {
    // An author: no Admin tab in the pane, and /admin says it is for administrators.
    let page = await openPage('/taskpane.html', { width: 350, token: rig.gw.tokens.author });
    await page.getByTestId('gallery').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#tab-admin').count()).toBe(0);
    await page.goto(`${rig.gw.url}/admin`);
    await expect(page.getByTestId('admin-not-admin').textContent()).resolves.toContain('test author');
    await context!.close();

    // An admin: the tab is there and the console stacks instead of spilling sideways.
    page = await openPage('/taskpane.html', { width: 350, token: rig.gw.tokens.admin });
    await page.locator('#tab-admin').click();
    await page.getByTestId('admin-templates').waitFor();
    expect(await sideways(page)).toBe(0);
    await snap(page, 'admin-pane-1-list-350');

    await page.getByTestId('admin-template-official-notice').getByRole('button').first().click();
    await page.getByTestId('template-editor').waitFor();
    await page.getByTestId('field-toggle-0').click();
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: (await snap(page, 'admin-pane-2-editor-350')).replace('.png', '-top.png') });

    await page.getByTestId('view-try').click();
    await page.getByTestId('trial-panel').waitFor();
    expect(await sideways(page)).toBe(0);
    await page.getByTestId('view-versions').click();
    await page.getByTestId('version-list').waitFor();
    expect(await sideways(page)).toBe(0);
    await snap(page, 'admin-pane-3-versions-350');
  }, TEST_MS);

  test('a save refused because someone else saved keeps both texts; versions compare, publish and roll back', async () => {
    const created = await rig.gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'race-notice' }), publish: true } });
    expect(created.status).toBe(201);
    const page = await openPage('/admin', { width: 1280, token: rig.gw.tokens.admin, lang: 'en-US' });
    await page.getByTestId('admin-template-race-notice').getByRole('button').first().click();
    await page.getByTestId('template-editor').waitFor();

    // Someone else saves version 2 while this admin edits version 1.
    const theirs = '请起草一份关于{{ subject }}的通知（他们的版本）。';
    const mine = '请起草一份关于{{ subject }}的紧急通知（我的版本），{{ urgency }}。';
    const put = await rig.gw.request('/api/admin/templates/race-notice', { method: 'PUT', admin: true, body: { template: testTemplate({ id: 'race-notice', prompt: theirs }), baseVersion: 1 } });
    expect(put.status).toBe(200);
    await page.getByTestId('editor-prompt').fill(mine);
    await page.getByTestId('save').click();

    const panel = page.getByTestId('conflict-panel');
    await expect(panel.textContent()).resolves.toContain('Someone else saved version 2 meanwhile');
    await expect(page.getByTestId('editor-prompt').inputValue()).resolves.toBe(mine);
    await page.getByTestId('conflict-compare').click();
    await expect(page.getByTestId('conflict-mine-prompt').textContent()).resolves.toBe(mine);
    await expect(page.getByTestId('conflict-theirs-prompt').textContent()).resolves.toBe(theirs);
    await snap(page, 'admin-6-conflict-1280');

    // Load theirs: the editor shows version 2, mine stays in the panel; then put mine back.
    await page.getByTestId('conflict-load-theirs').click();
    await expect(page.getByTestId('editor-prompt').inputValue()).resolves.toBe(theirs);
    await expect(page.getByTestId('conflict-mine-prompt').textContent()).resolves.toBe(mine);
    await page.getByTestId('conflict-load-mine').click();
    await expect(page.getByTestId('editor-prompt').inputValue()).resolves.toBe(mine);
    await page.getByTestId('conflict-save-mine').click();
    await expect(page.getByTestId('save-notice').textContent()).resolves.toContain('version 3');
    expect(await page.getByTestId('conflict-panel').count()).toBe(0);
    const record = await getJson('/api/admin/templates/race-notice');
    expect(((record.latest as Json).template as Json).prompt).toBe(mine);
    expect((((await getJson('/api/admin/templates/race-notice/versions/2')).template as Json).prompt)).toBe(theirs);

    // Versions: compare 2 → 3 shows the prompt's words; publish 3; roll back to 2 (asked first).
    await page.getByTestId('view-versions').click();
    await page.getByTestId('version-3').waitFor();
    await page.getByTestId('compare-from').selectOption('2');
    await page.getByTestId('compare-to').selectOption('3');
    const part = page.getByTestId('diff-part-prompt');
    // CJK is compared character by character: 他们 → 我, and 紧急 and the urgency output added.
    const deleted = (await part.locator('del').allTextContents()).join('');
    const inserted = (await part.locator('ins').allTextContents()).join('');
    expect(deleted).toContain('他们');
    expect(inserted).toContain('紧急');
    expect(inserted).toContain('{{ urgency }}');
    await page.getByTestId('publish-3').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expect(page.getByTestId('version-3').textContent()).resolves.toContain('Published');
    await page.getByTestId('rollback-2').click();
    await expect(page.getByTestId('confirm-dialog').textContent()).resolves.toContain('version 4');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('version-4').waitFor();
    const after = await getJson('/api/admin/templates/race-notice');
    expect(after.summary).toMatchObject({ latestVersion: 4, publishedVersion: 4 });
    expect(((after.latest as Json).template as Json).prompt).toBe(theirs);
    // The editor follows the rollback, since it held nothing unsaved.
    await page.getByTestId('view-edit').click();
    await expect(page.getByTestId('editor-prompt').inputValue()).resolves.toBe(theirs);

    // Withdrawing is destructive: cancel changes nothing, confirm withdraws.
    await page.getByTestId('view-versions').click();
    await page.getByTestId('unpublish').click();
    await page.getByTestId('confirm-cancel').click();
    expect(((await getJson('/api/admin/templates/race-notice')).summary as Json).status).toBe('published');
    await page.getByTestId('unpublish').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(((await getJson('/api/admin/templates/race-notice')).summary as Json).status).toBe('draft');
    await snap(page, 'admin-7-versions-1280');
  }, TEST_MS);

  test('imports a template file, refuses a broken one with its problems listed, and exports with history', async () => {
    const page = await openPage('/admin', { width: 1280, token: rig.gw.tokens.admin, lang: 'en-US' });
    await page.getByTestId('admin-templates').waitFor();
    const file = (name: string, body: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });

    await page.getByTestId('admin-import-file').setInputFiles(file('bare.json', testTemplate({ id: 'imported-notice' })));
    await expect(page.getByTestId('admin-list-notice').textContent()).resolves.toContain('as version 1');
    await page.getByTestId('admin-template-imported-notice').waitFor();

    const broken = testTemplate({ id: 'broken-import', prompt: '{{ nothing }}' });
    await page.getByTestId('admin-import-file').setInputFiles(file('broken.json', broken));
    await expect(page.getByTestId('import-problems').textContent()).resolves.toContain('"nothing"');
    await page.getByTestId('admin-import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(page.getByTestId('error-bar').first().textContent()).resolves.toContain('This file is not JSON');
    expect(await page.getByTestId('admin-template-broken-import').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-imported-notice').click()]);
    expect(download.suggestedFilename()).toBe('wenshu-template-imported-notice.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json;
    expect(exported).toMatchObject({ format: 'wenshu.template', latestVersion: 1, template: { id: 'imported-notice' } });
    expect(exported.versions).toHaveLength(1);
  }, TEST_MS);
});
