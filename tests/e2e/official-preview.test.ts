/**
 * Official documents (公文) in the Word preview, end to end: the real gateway with its built-in
 * templates, the fake model server behind it, headless Chromium on /preview?host=word.
 * (a) The 请示 form → the suggestion is the whole document, its header from the form even though
 *     the model made up a number and a title → Download .docx delivers a real .docx → Insert
 *     here lays the document out in the page.
 * (b) A document typed with known format errors → Review → findings with their sources → Fix one
 *     changes exactly that text → Fix all → the re-check finds nothing.
 * Each state is saved as a screenshot in test-output/e2e/, in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { unzip } from '../server/officialdoc/unzip.js';
import { snap } from './support/browser.js';
import { useRig } from './support/rig.js';

type Lang = 'zh-CN' | 'en-US';

const WAIT = 8_000;
const TEST_MS = 30_000;

const rig = useRig();

async function openPreview(lang: Lang): Promise<Page> {
  const context = await rig.newContext({ viewport: { width: 1280, height: 1100 }, locale: lang, acceptDownloads: true, token: rig.gw.tokens.author });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.goto(`${rig.gw.url}/preview?host=word&lang=${lang}`);
  await page.locator('#wenshu-document').waitFor();
  return page;
}

/** The pane scrolls on its own: bring `target` near its top, below the sticky tabs, before a screenshot. */
async function showInPane(page: Page, target: string | Locator): Promise<void> {
  await (typeof target === 'string' ? page.getByTestId(target) : target)
    .first()
    .evaluate((el) => {
      const root = document.getElementById('root')!;
      const top = el.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop;
      root.scrollTo(0, Math.max(0, top - 96));
    });
}

// ---------------------------------------------------------------- (a) the 请示, whole

const TITLE = '某市应急管理局关于增拨防汛抢险专项经费的请示';

const FORM: Record<string, string> = {
  issuer: '某市应急管理局',
  recipient: '市人民政府',
  subject: '增拨防汛抢险专项经费',
  reasons: '今年入汛以来，我市降雨量较常年同期偏多三成，部分河道水位持续超过警戒线。',
  request: '增拨防汛抢险专项经费300万元，用于采购冲锋舟、救生衣等抢险物资。',
  issueDate: '2025-07-18',
  docNumberCode: '某应急',
  docNumberSeq: '12',
  signer: '王建国',
  contactName: '张华',
  contactPhone: '010-87654321',
};

/** A model that did not do as told: a title, a made-up number and signer, and its own closing block. */
const MODEL_TEXT = [
  `# ${TITLE}`,
  '某应急〔2099〕99号',
  '签发人：赵六',
  '市人民政府：',
  '今年入汛以来，我市降雨量较常年同期偏多三成，部分河道水位持续超过警戒线，防汛抢险任务十分繁重。现将有关事项请示如下：',
  '一、申请事项',
  '拟增拨防汛抢险专项经费300万元，用于采购冲锋舟、救生衣等抢险物资。',
  '妥否，请批示。',
  '某市应急管理局',
  '2099年1月1日',
].join('\n\n');

async function fillRequestForm(page: Page): Promise<void> {
  await page.getByTestId('template-official-request').click();
  await page.getByTestId('draft-form').waitFor();
  for (const [key, value] of Object.entries(FORM)) await page.getByTestId(`field-${key}`).fill(value);
  await page.locator('[data-field-key="attachments"] input, [data-field-key="attachments"] textarea').first().fill('防汛物资采购清单');
}

async function officialDraft(lang: Lang): Promise<void> {
  const tag = lang === 'zh-CN' ? 'zh' : 'en';
  rig.fake.enqueue({ text: MODEL_TEXT, chunkSize: 12, paceMs: 5 });
  const page = await openPreview(lang);
  await fillRequestForm(page);

  // Half a 发文字号 is refused in the form, under its field and in the pane's language, before any request.
  const requests = rig.fake.chatRequests.length;
  await page.getByTestId('field-docNumberSeq').fill('');
  await page.getByTestId('generate').click();
  await page.getByTestId('form-problems').waitFor();
  const seqField = page.locator('[data-field-key="docNumberSeq"]');
  await expect(seqField.textContent()).resolves.toContain(lang === 'zh-CN' ? '请同时填写发文顺序号' : 'fill in the sequence number too');
  expect(rig.fake.chatRequests.length).toBe(requests);
  await showInPane(page, page.locator('[data-field-key="docNumberCode"]'));
  await snap(page, `official-a-form-problem-${tag}`);
  await page.getByTestId('field-docNumberSeq').fill(FORM.docNumberSeq!);

  await page.getByTestId('generate').click();
  await page.waitForSelector('[data-testid="suggestion-card"][data-phase="finished"]');

  // The whole document: the header from the form, never the model's made-up number or signer.
  const preview = page.getByTestId('official-preview');
  await expect(preview.getByTestId('official-issuerMark').textContent()).resolves.toBe('某市应急管理局文件');
  const numberLine = (await preview.getByTestId('official-docNumber').textContent()) ?? '';
  expect(numberLine).toContain('某应急〔2025〕12号');
  expect(numberLine).toContain('签发人：王建国');
  await expect(preview.getByTestId('official-title').textContent()).resolves.toBe(TITLE);
  await expect(preview.getByTestId('official-recipients').textContent()).resolves.toBe('市人民政府：');
  await expect(preview.getByTestId('official-date').textContent()).resolves.toBe('2025年7月18日');
  await expect(preview.getByTestId('official-note').textContent()).resolves.toBe('（联系人：张华，联系电话：010-87654321）');
  const all = (await preview.textContent()) ?? '';
  expect(all).not.toMatch(/2099|赵六/);
  expect(all).toContain('妥否，请批示。');
  // The title is there once, as the title, not again at the top of the body.
  expect(all.split(TITLE)).toHaveLength(2);

  // The preview has no Word to open a document in: Download and Insert here instead.
  await expect(page.getByTestId('accept-openNew').count()).resolves.toBe(0);
  await showInPane(page, 'suggestion-card');
  await snap(page, `official-a-draft-${tag}`);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('accept-download').click()]);
  expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const parts = unzip(bytes);
  // The text of the document, runs joined (a long title is set on two lines).
  const text = [...(parts.get('word/document.xml') ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text).toContain(TITLE);
  expect(text).toContain('某应急〔2025〕12号签发人：王建国');
  expect(text).toContain('妥否，请批示。');
  expect(text).not.toMatch(/2099|赵六/);
  await page.getByTestId('draft-notice').waitFor();
  await expect(page.getByTestId('draft-notice').textContent()).resolves.toContain(`${TITLE}.docx`);
  // A download is a copy: the suggestion stays, to insert as well.
  await expect(page.getByTestId('suggestion-card').count()).resolves.toBe(1);
  await showInPane(page, 'draft-notice');
  await snap(page, `official-a-downloaded-${tag}`);

  // Insert here: the laid-out document goes into the page at the cursor.
  await page.locator('#wenshu-document').click();
  await page.keyboard.press('Control+End');
  await page.getByTestId('accept-insertHere').click();
  await page.getByTestId('suggestion-card').waitFor({ state: 'detached' });
  const inserted = page.locator('#wenshu-document [data-element="issuerMark"]');
  await expect(inserted.textContent()).resolves.toBe('某市应急管理局文件');
  await expect(inserted.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(255, 0, 0)');
  await inserted.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await snap(page, `official-a-inserted-${tag}`);
}

// ---------------------------------------------------------------- (b) the review

const TYPED = [
  '关于开展办公区域安全检查的通知。',
  '各处室，各直属单位:',
  '为进一步做好安全管理工作,经研究,决定开展一次安全检查。',
  '一.检查范围',
  '本次检查覆盖机关办公楼的的各个楼层。',
  '二、时间安排',
  '各单位于2024年07月03日前完成自查，参照《关于做好安全生产工作的通知》（办发[2024]3号）执行。',
  '特此通知。',
  '办公室',
  '2024年07月10日',
];

const FIXED = [
  '关于开展办公区域安全检查的通知',
  '各处室，各直属单位：',
  '为进一步做好安全管理工作，经研究，决定开展一次安全检查。',
  '一、检查范围',
  '本次检查覆盖机关办公楼的各个楼层。',
  '二、时间安排',
  '各单位于2024年7月3日前完成自查，参照《关于做好安全生产工作的通知》（办发〔2024〕3号）执行。',
  '特此通知。',
  '办公室',
  '2024年7月10日',
];

const SOURCES: Record<Lang, string[]> = { 'zh-CN': ['条例', 'GB/T 9704', '本单位规则'], 'en-US': ['Regulations', 'GB/T 9704', 'House rule'] };

/** What the document says, one entry per paragraph, as a reader sees it. */
const documentText = (page: Page) =>
  page.locator('#wenshu-document').evaluate((doc) => Array.from(doc.querySelectorAll('p, h1, h2, h3, h4, div')).filter((el) => !el.querySelector('p, div')).map((el) => el.textContent ?? ''));

async function typeDocument(page: Page, lines: readonly string[]): Promise<void> {
  await page.locator('#wenshu-document').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

async function review(lang: Lang): Promise<void> {
  const tag = lang === 'zh-CN' ? 'zh' : 'en';
  const page = await openPreview(lang);
  await typeDocument(page, TYPED);
  await expect(documentText(page)).resolves.toEqual(TYPED);

  await page.locator('#tab-review').click();
  await page.getByTestId('review-run').click();
  await page.locator('[data-testid="review-result"][data-result="findings"]').waitFor();
  const findings = page.getByTestId('finding');
  await expect(findings.count()).resolves.toBe(9);
  const sources = await page.getByTestId('finding-source').allTextContents();
  expect([...new Set(sources)].sort()).toEqual([...SOURCES[lang]].sort());
  // Each card quotes the paragraph with the offending text marked.
  const hits = await page.getByTestId('finding-hit').allTextContents();
  expect(hits).toEqual(['。', ':', ',', ',', '一.', '的的', '2024年07月03日', '[2024]3号', '2024年07月10日']);
  await showInPane(page, 'review-summary');
  await snap(page, `official-b-findings-${tag}`);

  // Fix one: exactly that text changes, nothing else in the document.
  const duplicated = page.locator('[data-testid="finding"][data-rule="house.duplicated-character"]');
  await duplicated.getByTestId('finding-fix').click();
  await page.getByTestId('review-notice').waitFor();
  await expect(documentText(page)).resolves.toEqual(TYPED.map((line, i) => (i === 4 ? '本次检查覆盖机关办公楼的各个楼层。' : line)));
  // Checked again at once: that finding is gone, the others remain.
  await expect(findings.count()).resolves.toBe(8);
  await expect(duplicated.count()).resolves.toBe(0);
  await showInPane(page, 'review-notice');
  await snap(page, `official-b-fixed-one-${tag}`);

  // Fix all, then the re-check finds nothing, and says which scope it checked.
  await page.getByTestId('review-fix-all').click();
  const clean = page.locator('[data-testid="review-result"][data-result="clean"]');
  await clean.waitFor();
  await expect(clean.textContent()).resolves.toContain(lang === 'zh-CN' ? '整篇文档未发现格式问题' : 'No problems found in the whole document');
  await expect(documentText(page)).resolves.toEqual(FIXED);
  await showInPane(page, 'review-notice');
  await snap(page, `official-b-clean-${tag}`);
}

describe('official documents in the Word preview', () => {
  test('(a) zh-CN: the 请示 form gives the whole document; Download .docx and Insert here', async () => {
    await officialDraft('zh-CN');
  }, TEST_MS);

  test('(a) en-US: the same in an English pane', async () => {
    await officialDraft('en-US');
  }, TEST_MS);

  test('(b) zh-CN: Review finds the errors with their sources, Fix one, Fix all, nothing left', async () => {
    await review('zh-CN');
  }, TEST_MS);

  test('(b) en-US: the same review in an English pane', async () => {
    await review('en-US');
  }, TEST_MS);
});
