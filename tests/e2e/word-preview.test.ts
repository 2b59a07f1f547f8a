/**
 * The Word pane end to end: the real gateway (fresh SQLite) with the fake model server behind it,
 * the preview page (`/preview?host=word`) in headless Chromium, and assertions on the document
 * stand-in's DOM. Every scenario leaves a screenshot in test-output/e2e/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { FakeModelServer } from '../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { testTemplate } from '../server/fixtures.js';
import { selectChild, snap } from './support/browser.js';
import { useRig } from './support/rig.js';

type Lang = 'zh-CN' | 'en-US';

const TEMPLATE_ID = 'e2e-notice';
/** Per wait: well under the 20 s per test, so a hang fails with a selector in the message. */
const WAIT = 8_000;
const TEST_MS = 20_000;

/** What Chromium sees of the document: one entry per top-level block. */
interface Block {
  tag: string;
  text: string;
  items?: string[];
}

const ZH_DRAFT = {
  subject: '开展消防演练',
  heading: '关于开展消防演练的通知',
  paragraphs: ['各处室、各直属单位：', '为提高全体人员的应急处置能力，经研究，决定组织开展消防演练。现将有关事项通知如下。'],
  items: ['疏散演练：各楼层按指定路线有序撤离', '灭火器使用：由安保人员现场示范讲解'],
};

const EN_DRAFT = {
  subject: 'Fire drill',
  heading: 'Notice of a fire drill',
  paragraphs: ['To all departments:', 'To improve our emergency readiness, a fire drill will be held for all staff. Please note the arrangements below.'],
  items: ['Evacuation: leave by the marked routes', 'Extinguishers: the security team will demonstrate their use'],
};

type Draft = typeof ZH_DRAFT;

/** The model's structured text for a draft: a heading, paragraphs and a bullet list. */
const draftText = (d: Draft) => [`# ${d.heading}`, ...d.paragraphs, ...d.items.map((i) => `- ${i}`)].join('\n');

/** The blocks Insert at cursor must add to the document, in order. */
const draftBlocks = (d: Draft): Block[] => [
  { tag: 'H1', text: d.heading },
  ...d.paragraphs.map((text) => ({ tag: 'P', text })),
  { tag: 'UL', text: d.items.join(''), items: d.items },
];

const rig = useRig();

beforeAll(async () => {
  await publishTemplate(rig.gw);
});

/** A small Word template in both languages with one required field: the form is trivial to fill. */
async function publishTemplate(gateway: TestGateway): Promise<void> {
  const template = testTemplate({ id: TEMPLATE_ID, locales: ['zh-CN', 'en-US'] });
  const res = await gateway.request('/api/admin/templates', { admin: true, body: { template, publish: true } });
  if (!res.ok) throw new Error(`publishing the test template failed: ${res.status} ${await res.text()}`);
}

async function openPreview(gateway: TestGateway, lang: Lang): Promise<Page> {
  const context = await rig.newContext({ viewport: { width: 1280, height: 860 }, locale: lang, token: gateway.tokens.author });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.goto(`${gateway.url}/preview?host=word&lang=${lang}`);
  await page.locator('#wenshu-document').waitFor();
  return page;
}

/** Gallery → our template → form with the subject typed in. */
async function openForm(page: Page, subject: string): Promise<void> {
  await page.getByTestId(`template-${TEMPLATE_ID}`).click();
  await page.getByTestId('draft-form').waitFor();
  await page.getByTestId('field-subject').fill(subject);
}

const card = (page: Page) => page.getByTestId('suggestion-card');

async function waitForPhase(page: Page, phase: 'running' | 'finished'): Promise<void> {
  await page.waitForSelector(`[data-testid="suggestion-card"][data-phase="${phase}"]`);
}

/** The card still running with at least `minChars` of text on screen, checked in one go in the page. */
async function waitForPartialText(page: Page, minChars: number): Promise<string> {
  const handle = await page.waitForFunction((min) => {
    const card = document.querySelector('[data-testid="suggestion-card"]');
    const text = card?.querySelector('[data-testid="suggestion-text"]')?.textContent ?? '';
    return card?.getAttribute('data-phase') === 'running' && text.length >= min ? text : false;
  }, minChars);
  return (await handle.jsonValue()) as string;
}

async function documentBlocks(page: Page): Promise<Block[]> {
  return page.locator('#wenshu-document').evaluate((doc) =>
    Array.from(doc.children).map((el) => {
      const block: Block = { tag: el.tagName, text: el.textContent ?? '' };
      if (el.tagName === 'UL' || el.tagName === 'OL') block.items = Array.from(el.querySelectorAll('li')).map((li) => li.textContent ?? '');
      return block;
    }),
  );
}

const documentHtml = (page: Page) => page.locator('#wenshu-document').evaluate((doc) => doc.innerHTML);

/** Selects the whole of the document's n-th child. */
const selectBlock = (page: Page, index: number): Promise<string> => selectChild(page.locator('#wenshu-document'), index);

/** Scenarios 1 and 5: template → form → stream → Insert at the end of the document. */
async function happyPath(lang: Lang, draft: Draft, shot: string): Promise<void> {
  const text = draftText(draft);
  rig.fake.enqueue({ text, chunkSize: 4, paceMs: 40 });
  const page = await openPreview(rig.gw, lang);
  const before = await documentBlocks(page);
  const beforeHtml = await documentHtml(page);

  await openForm(page, draft.subject);
  await page.getByTestId('generate').click();

  // Streaming: the card is running and shows a prefix of the text before the stream ends.
  const partial = await waitForPartialText(page, 8);
  await snap(page, `${shot}-streaming`);

  await waitForPhase(page, 'finished');
  const full = (await card(page).getByTestId('suggestion-text').textContent()) ?? '';
  expect(full).toContain(draft.items[1]);
  expect(full.length).toBeGreaterThan(partial.length); // what we saw while running really was partial

  // The caret goes to the end of the document the way a user would put it there.
  await page.locator('#wenshu-document').click();
  await page.keyboard.press('Control+End');
  await snap(page, `${shot}-finished`);
  await page.getByTestId('accept-insert').click();
  await card(page).waitFor({ state: 'detached' });

  // The document is what it was, plus exactly the accepted blocks at its end.
  const after = await documentBlocks(page);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual(draftBlocks(draft));
  expect(await documentHtml(page)).toMatch(new RegExp(`^${escapeRegExp(beforeHtml)}<h1>`));
  await page.locator('#wenshu-document > ul').last().scrollIntoViewIfNeeded();
  await snap(page, `${shot}-accepted`);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Word preview, end to end', () => {
  test('1. draft in zh-CN: template, form, streaming, Insert at cursor → heading and list in the document', async () => {
    await happyPath('zh-CN', ZH_DRAFT, '1-draft-zh');
  }, TEST_MS);

  test('2. revise a paragraph: Discard leaves the document untouched, Replace changes only that paragraph', async () => {
    const polished = '为进一步加强办公区域安全管理，及时发现并消除各类安全隐患，经研究，决定近期开展办公区域安全检查。现将有关事项通知如下。';
    const page = await openPreview(rig.gw, 'zh-CN');
    await page.locator('#tab-revise').click();
    const index = 2; // the first body paragraph of the sample notice
    const original = await selectBlock(page, index);
    await expect(page.getByTestId('selection-text').textContent()).resolves.toContain(original.slice(0, 20));
    const htmlBefore = await documentHtml(page);
    const before = await documentBlocks(page);

    // Polish, then Discard: nothing may reach the document.
    rig.fake.enqueue({ text: polished, chunkSize: 8, paceMs: 5 });
    await page.getByTestId('revise-polish').click();
    await waitForPhase(page, 'finished');
    await expect(card(page).getByTestId('suggestion-text').textContent()).resolves.toBe(polished);
    await snap(page, '2-revise-suggested');
    await page.getByTestId('discard').click();
    await card(page).waitFor({ state: 'detached' });
    expect(await documentHtml(page)).toBe(htmlBefore);
    await snap(page, '2-revise-discarded');

    // Polish again and Replace: that paragraph becomes the fake's text, the rest is as it was.
    await selectBlock(page, index);
    rig.fake.enqueue({ text: polished, chunkSize: 8, paceMs: 5 });
    await page.getByTestId('revise-polish').click();
    await waitForPhase(page, 'finished');
    await page.getByTestId('accept-replace').click();
    await card(page).waitFor({ state: 'detached' });
    const after = await documentBlocks(page);
    expect(after).toHaveLength(before.length);
    expect(after[index]).toEqual({ tag: 'P', text: polished });
    expect(after.filter((_b, i) => i !== index)).toEqual(before.filter((_b, i) => i !== index));
    await snap(page, '2-revise-replaced');
  }, TEST_MS);

  test('3. Stop mid-stream aborts the upstream request and keeps what arrived', async () => {
    // Long and slow (100 chunks × 50 ms): Stop surely lands mid-stream.
    const text = '各单位要高度重视消防安全工作，'.repeat(27);
    rig.fake.enqueue({ text, chunkSize: 4, paceMs: 50 });
    const page = await openPreview(rig.gw, 'zh-CN');
    await openForm(page, ZH_DRAFT.subject);
    const requestsBefore = rig.fake.chatRequests.length;
    await page.getByTestId('generate').click();

    const seen = await waitForPartialText(page, 12);
    await page.getByTestId('stop').click();
    await page.waitForSelector('[data-testid="suggestion-card"]:not([data-phase="running"])');

    // The gateway passed the cancel on: the fake's exchange ended with the client hanging up.
    expect(rig.fake.chatRequests.length).toBe(requestsBefore + 1);
    const upstream = rig.fake.chatRequests.at(-1)!;
    await upstream.settled;
    expect(upstream.aborted).toBe(true);
    expect(upstream.finished).toBe(false);

    // The pane keeps the partial text, says it stopped, and marks it incomplete.
    const kept = (await card(page).getByTestId('suggestion-text').textContent()) ?? '';
    expect(kept.startsWith(seen)).toBe(true);
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.length).toBeLessThan(text.length);
    await expect(page.getByTestId('incomplete-badge').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('suggestion-status').textContent()).resolves.toContain('已停止');
    await expect(page.getByTestId('stop').count()).resolves.toBe(0);
    await snap(page, '3-stopped');
  }, TEST_MS);

  test('4. model server down: a clear error in the pane language, and the form keeps what was typed', async () => {
    // A port that just had a server on it: connections are refused right away.
    const gone = await new FakeModelServer().start();
    await gone.close();
    const downGw = await startTestGateway({ modelUrl: gone.url });
    try {
      await publishTemplate(downGw);
      const page = await openPreview(downGw, 'zh-CN');
      const subject = '模型服务器不可用时的测试';
      await openForm(page, subject);
      await page.getByTestId('generate').click();

      const bar = page.locator('[data-testid="error-bar"][data-code="model_unreachable"]');
      await bar.waitFor({ timeout: 15_000 }); // the gateway may retry a refused connection before giving up
      const message = (await bar.textContent()) ?? '';
      expect(message).toMatch(/无法连接模型服务器|127\.0\.0\.1:\d+/);
      expect(message).not.toMatch(/model server is not reachable/i); // the zh-CN pane speaks Chinese
      await expect(page.getByTestId('field-subject').inputValue()).resolves.toBe(subject);
      await expect(page.getByTestId('generate').isEnabled()).resolves.toBe(true);
      await snap(page, '4-model-down');
    } finally {
      await downGw.close();
    }
  }, TEST_MS);

  test('5. draft in en-US: the same happy path in English', async () => {
    await happyPath('en-US', EN_DRAFT, '5-draft-en');
  }, TEST_MS);

  test('6. a pane reload keeps the open template, what was typed and the unfinished suggestion', async () => {
    const page = await openPreview(rig.gw, 'zh-CN');
    await openForm(page, ZH_DRAFT.subject);
    rig.fake.enqueue({ text: draftText(ZH_DRAFT), chunkSize: 4, paceMs: 5 });
    await page.getByTestId('generate').click();
    await waitForPhase(page, 'finished');
    const shown = await card(page).getByTestId('suggestion-text').textContent();

    await page.reload();
    await page.getByTestId('draft-form').waitFor();
    await expect(page.getByTestId('field-subject').inputValue()).resolves.toBe(ZH_DRAFT.subject);
    await card(page).getByTestId('suggestion-text').waitFor();
    await expect(card(page).getByTestId('suggestion-text').textContent()).resolves.toBe(shown);
    await snap(page, '6-after-reload');
  }, TEST_MS);
});
