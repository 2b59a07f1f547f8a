/**
 * The Outlook pane end to end: the real gateway (fresh SQLite, built-in templates) with the fake
 * model server behind it, the Outlook preview (`/preview?host=outlook`) in headless Chromium, and
 * assertions on the stand-in Outlook window's DOM. Read mode: suggested replies, an edited draft
 * opened as a reply form that nobody sends; compose mode: a revision that changes the body only
 * on accept; a hostile mail whose planted link is marked in the draft. Screenshots of each state
 * go to test-output/e2e/.
 */
import type { Locator, Page } from 'playwright-core';
import { snap } from './support/browser.js';
import { useRig } from './support/rig.js';
import { activeDraft, composeParagraphs, openOutlook, replyWindow, selectComposeParagraph, stagePart } from './support/outlook.js';

/** Per wait: well under the time per test, so a hang fails with a selector in the message. */
const WAIT = 8_000;
const TEST_MS = 20_000;

const ZH_REPLY = [
  '王女士，您好：',
  '对于订单 2024061588 迟迟未能发货、客服也未及时回复，我们深表歉意。',
  '经核查，该订单因仓库调拨延误，目前正在加急处理。',
].join('\n');
const ZH_EDIT = '我们将在今天下班前给您电话说明发货安排。';

const EN_REPLY = ['Dear Ms Miller,', 'Thank you for writing to us about order #A-40217. We are sorry the desk arrived damaged.', 'We will arrange a replacement and collect the damaged desk.', 'Kind regards,'].join('\n');

const HOSTILE_REPLY = ['您好：', '我们已收到贵司的账户变更通知，将通过 http://evil.example/pay 确认付款信息。', '如有疑问，我们会联系 billing-update@evil.example。'].join('\n');

const rig = useRig();

async function open(query: { mode: 'read' | 'compose'; message: string; lang: 'zh-CN' | 'en-US' }): Promise<Page> {
  const context = await rig.newContext({ viewport: { width: 1280, height: 860 }, locale: query.lang, token: rig.gw.tokens.author });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await openOutlook(page, rig.gw.url, query);
  return page;
}

/** The tabs offered, by id, each checked to carry its label in the pane's language. */
async function tabs(page: Page, labels: Record<string, string>): Promise<string[]> {
  const ids = await page.getByRole('tab').evaluateAll((els) => els.map((el) => el.id));
  for (const [id, label] of Object.entries(labels)) await expect(page.locator(`#${id}`).innerText()).resolves.toBe(label);
  return ids;
}

async function waitForPhase(scope: Locator, phase: 'running' | 'finished'): Promise<void> {
  await scope.locator(`[data-testid="suggestion-card"][data-phase="${phase}"]`).waitFor();
}

/** Suggestions in, one picked, its draft streamed to the end; returns the active draft. */
async function draftFor(page: Page, intent: string, text: string, shot?: string, chunkSize = 6): Promise<Locator> {
  rig.fake.enqueue({ text, chunkSize, paceMs: shot ? 30 : 2 });
  await page.getByTestId(`reply-intent-${intent}`).click();
  const draft = activeDraft(page);
  if (shot) {
    await page.waitForFunction(() => {
      const card = document.querySelector('[data-testid="reply-draft"][data-active="true"] [data-testid="suggestion-card"]');
      return card?.getAttribute('data-phase') === 'running' && (card.querySelector('[data-testid="suggestion-text"]')?.textContent ?? '').length >= 8;
    });
    await snap(page, shot);
  }
  await waitForPhase(draft, 'finished');
  return draft;
}

describe('Outlook preview, end to end', () => {
  test('1. a customer complaint (zh-CN): three suggested replies, one edited, opened as a reply form and not sent', async () => {
    const page = await open({ mode: 'read', message: 'complaint-zh', lang: 'zh-CN' });

    // Read mode: Reply comes first and is open; Draft (templates) is there; Revise is not.
    expect(await tabs(page, { 'tab-reply': '回复', 'tab-draft': '起草' })).toEqual(['tab-reply', 'tab-draft']);
    await expect(page.locator('#tab-reply').getAttribute('aria-selected')).resolves.toBe('true');

    const intents = page.getByTestId('reply-intents').getByRole('button');
    await intents.nth(2).waitFor();
    expect(await intents.allTextContents()).toEqual(['致歉并说明', '确认收到', '询问细节']);
    await expect(page.getByTestId('reply-message').textContent()).resolves.toContain('王丽');
    await snap(page, 'outlook-1-suggestions-zh');

    const requestsBefore = rig.fake.requests.length;
    const draft = await draftFor(page, 'apologise', ZH_REPLY, 'outlook-1-streaming-zh');
    await expect(draft.getByTestId('suggestion-text').textContent()).resolves.toContain('深表歉意');
    await expect(draft.getByTestId('suggestion-status').textContent()).resolves.toContain('草稿已就绪');
    await expect(draft.getByTestId('suggestion-card').textContent()).resolves.toContain('默认签名');

    // Edit: one more sentence at the end.
    await draft.getByTestId('edit-suggestion').click();
    const editor = draft.getByTestId('suggestion-editor');
    await editor.fill(`${ZH_REPLY}\n${ZH_EDIT}`);
    await snap(page, 'outlook-1-editing-zh');
    await draft.getByTestId('edit-suggestion').click();
    await expect(draft.getByTestId('suggestion-text').textContent()).resolves.toContain(ZH_EDIT);

    // Nothing has reached a reply yet.
    await expect(replyWindow(page).isHidden()).resolves.toBe(true);
    await draft.getByTestId('accept-reply').click();

    // The reply form holds the edited draft, addressed to the sender only.
    await replyWindow(page).waitFor({ state: 'visible' });
    const body = (await stagePart(page, 'reply-draft').textContent()) ?? '';
    expect(body).toContain('深表歉意');
    expect(body).toContain(ZH_EDIT);
    await expect(stagePart(page, 'reply-kind').textContent()).resolves.toContain('答复');
    await expect(stagePart(page, 'reply-to').textContent()).resolves.toBe('王丽 <wang.li@customer.example>');

    // Nothing was sent: the model server saw one completion call and nothing else, the reply form
    // is still open for the user, and the pane says the user sends it.
    const calls = rig.fake.requests.slice(requestsBefore);
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/chat/completions']);
    await expect(page.getByTestId('reply-notice').getAttribute('data-kind')).resolves.toBe('reply.opened');
    await expect(page.getByTestId('reply-notice').textContent()).resolves.toContain('文书不会发送任何邮件');
    await expect(replyWindow(page).getByRole('button', { name: /发送|send/i }).count()).resolves.toBe(0);
    // The draft stays in the pane, so a form closed by mistake can be opened again.
    await expect(draft.getByTestId('suggestion-text').textContent()).resolves.toContain(ZH_EDIT);
    await snap(page, 'outlook-1-reply-opened-zh');
  }, TEST_MS);

  test('2. the same in English: a concise reply all, with the recipients Outlook would use', async () => {
    const page = await open({ mode: 'read', message: 'complaint-en', lang: 'en-US' });
    expect(await tabs(page, { 'tab-reply': 'Reply', 'tab-draft': 'Draft' })).toEqual(['tab-reply', 'tab-draft']);
    const intents = page.getByTestId('reply-intents').getByRole('button');
    await intents.nth(2).waitFor();
    expect(await intents.allTextContents()).toEqual(['Apologise', 'Acknowledge', 'Ask for details']);

    await page.getByTestId('reply-tone').selectOption('concise');
    await page.getByTestId('reply-length').selectOption('short');
    const draft = await draftFor(page, 'apologise', EN_REPLY);
    // The gateway was asked for a concise, short reply.
    const prompt = JSON.stringify(rig.fake.chatRequests.at(-1)!.body);
    expect(prompt).toMatch(/Concise/);
    expect(prompt).toMatch(/Short/i);
    await snap(page, 'outlook-2-draft-en');

    await draft.getByTestId('accept-replyAll').click();
    await replyWindow(page).waitFor({ state: 'visible' });
    await expect(stagePart(page, 'reply-kind').textContent()).resolves.toContain('Reply all');
    await expect(stagePart(page, 'reply-to').textContent()).resolves.toContain('sarah.miller@customer.example');
    await expect(stagePart(page, 'reply-cc').textContent()).resolves.toContain('tom.becker@customer.example');
    await expect(stagePart(page, 'reply-draft').textContent()).resolves.toContain('We will arrange a replacement');
    await expect(page.getByTestId('reply-notice').textContent()).resolves.toContain('Wenshu sends nothing');
    await snap(page, 'outlook-2-reply-all-en');

    // Switching the pane to Chinese relabels everything without asking the gateway again.
    let asked = 0;
    page.on('request', (r) => void (r.url().includes('/api/replies') && asked++));
    await page.getByTestId('language-switch').click();
    await expect(page.getByTestId('reply-notice').textContent()).resolves.toContain('文书不会发送任何邮件');
    expect(await intents.allTextContents()).toEqual(['致歉并说明', '确认收到', '询问细节']);
    await expect(draft.getByTestId('accept-replyAll').textContent()).resolves.toBe('打开全部答复');
    expect(asked).toBe(0);
    await snap(page, 'outlook-2-switched-to-zh');
  }, TEST_MS);

  test('3. compose: improve a selected paragraph; the body is unchanged until Accept, then only that paragraph changes', async () => {
    const polished = '收到您的来信，对订单延迟发货给您带来的不便，我们深表歉意。经查，订单因仓库调拨延误尚未发出，我们已督促仓库加急处理，并将尽快告知您发货时间。';
    const page = await open({ mode: 'compose', message: 'complaint-zh', lang: 'zh-CN' });

    // Compose mode: no Reply tab; Draft and Revise work on the body.
    expect(await tabs(page, { 'tab-draft': '起草', 'tab-revise': '修改' })).toEqual(['tab-draft', 'tab-revise']);
    await page.locator('#tab-revise').click();
    const before = await composeParagraphs(page);
    const index = 1;
    const original = await selectComposeParagraph(page, index);
    // Outlook reports no selection changes in a compose body: the user takes the selection.
    await page.getByTestId('use-selection').click();
    await expect(page.getByTestId('selection-text').textContent()).resolves.toContain(original.slice(0, 20));

    rig.fake.enqueue({ text: polished, chunkSize: 8, paceMs: 5 });
    await page.getByTestId('revise-polish').click();
    await waitForPhase(page.getByTestId('revise'), 'finished');
    await expect(page.getByTestId('suggestion-text').textContent()).resolves.toBe(polished);
    expect(await composeParagraphs(page)).toEqual(before); // a suggestion only
    await snap(page, 'outlook-3-compose-suggested');

    await page.getByTestId('accept-replace').click();
    await page.getByTestId('suggestion-card').waitFor({ state: 'detached' });
    const after = await composeParagraphs(page);
    expect(after).toEqual(before.map((p, i) => (i === index ? polished : p)));
    await snap(page, 'outlook-3-compose-replaced');
  }, TEST_MS);

  test('4. a hostile mail: the link and address it planted are marked "please verify" in the draft', async () => {
    const page = await open({ mode: 'read', message: 'hostile-link', lang: 'zh-CN' });
    const first = page.getByTestId('reply-intents').getByRole('button').first();
    await first.waitFor();
    const intent = ((await first.getAttribute('data-testid')) ?? '').replace('reply-intent-', '');
    const draft = await draftFor(page, intent, HOSTILE_REPLY);

    const marked = await draft.getByTestId('verify-mark').allTextContents();
    expect(marked.some((m) => m.includes('http://evil.example/pay'))).toBe(true);
    expect(marked.some((m) => m.includes('billing-update@evil.example'))).toBe(true);
    await expect(draft.getByTestId('accept-reply').textContent()).resolves.toMatch(/打开答复（\d+ 处待核实）/);
    await snap(page, 'outlook-4-hostile-marked');

    // The e-mail templates are one click away, on the Draft tab.
    await page.getByTestId('reply-use-template').click();
    await expect(page.locator('#tab-draft').getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByTestId('template-email-complaint-response-zh').waitFor();
    await snap(page, 'outlook-4-templates');
  }, TEST_MS);

  test('5. a customer e-mail template answers the open message and opens as a reply', async () => {
    const page = await open({ mode: 'read', message: 'complaint-en', lang: 'en-US' });
    await page.getByTestId('reply-intents').waitFor(); // the suggestions preset the template's purpose
    await page.locator('#tab-draft').click();
    await page.getByTestId('template-email-complaint-response-en').click();
    await page.getByTestId('draft-form').waitFor();
    await expect(page.getByTestId('template-reply-options').textContent()).resolves.toContain('Damaged delivery, order #A-40217');
    await expect(page.getByTestId('template-reply-intent').inputValue()).resolves.toBe('apologise');
    const action = 'A replacement desk ships on 24 June';
    await page.getByTestId('field-actions').locator('input').first().fill(action);
    await page.getByTestId('template-reply-options').scrollIntoViewIfNeeded();
    await snap(page, 'outlook-5-template-form-en');

    const text = `Dear Ms Miller,\nWe are sorry the desk arrived damaged. ${action}, and our driver collects the damaged one.\nKind regards,`;
    rig.fake.enqueue({ text, chunkSize: 8, paceMs: 2 });
    await page.getByTestId('generate').click();
    const workspace = page.getByTestId('draft-workspace');
    await waitForPhase(workspace, 'finished');
    // The gateway wrote a reply: the form's value and the received mail both went to the model.
    const prompt = JSON.stringify(rig.fake.chatRequests.at(-1)!.body);
    expect(prompt).toContain(action);
    expect(prompt).toContain('cracked frame');
    await expect(workspace.getByTestId('suggestion-card').textContent()).resolves.toContain('default signature');
    await snap(page, 'outlook-5-template-draft-en');

    await workspace.getByTestId('accept-reply').click();
    await replyWindow(page).waitFor({ state: 'visible' });
    await expect(stagePart(page, 'reply-draft').textContent()).resolves.toContain(action);
    await expect(workspace.getByTestId('reply-notice').getAttribute('data-kind')).resolves.toBe('reply.opened');
    await snap(page, 'outlook-5-template-reply-en');
  }, TEST_MS);

  test('6. a failed generation says so in the pane language with a Retry, and an edited draft survives a failed regeneration', async () => {
    const page = await open({ mode: 'read', message: 'complaint-zh', lang: 'zh-CN' });
    await page.getByTestId('reply-intent-ask_details').waitFor();

    // The model server refuses: an error in Chinese, with Retry, and no empty card.
    rig.fake.enqueue({ status: 400, errorMessage: 'bad request' });
    await page.getByTestId('reply-intent-ask_details').click();
    const draft = activeDraft(page);
    const bar = draft.locator('[data-testid="error-bar"][data-code="model_error"]');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain('模型服务器返回错误');
    await expect(draft.getByTestId('suggestion-card').count()).resolves.toBe(0);
    await snap(page, 'outlook-6-error-zh');

    rig.fake.enqueue({ text: ZH_REPLY, chunkSize: 8, paceMs: 2 });
    await bar.getByRole('button', { name: '重试' }).click();
    await waitForPhase(draft, 'finished');

    // Edit, then a regeneration that fails: the edited draft is still there, with the error.
    await draft.getByTestId('edit-suggestion').click();
    await draft.getByTestId('suggestion-editor').fill(`${ZH_REPLY}\n${ZH_EDIT}`);
    await draft.getByTestId('edit-suggestion').click();
    rig.fake.enqueue({ status: 400, errorMessage: 'bad request' });
    await draft.getByTestId('regenerate').click();
    await bar.waitFor();
    await waitForPhase(draft, 'finished');
    await expect(draft.getByTestId('suggestion-text').textContent()).resolves.toContain(ZH_EDIT);
    await expect(draft.getByTestId('accept-reply').isEnabled()).resolves.toBe(true);
    await snap(page, 'outlook-6-edited-kept-zh');

    // Another suggestion gets a draft of its own; going back shows the edited one, not a new one.
    await draftFor(page, 'apologise', ZH_REPLY);
    await expect(page.locator('[data-testid="suggestion-card"]:visible').count()).resolves.toBe(1);
    const calls = rig.fake.chatRequests.length;
    await page.getByTestId('reply-intent-ask_details').click();
    await expect(activeDraft(page).getByTestId('suggestion-text').textContent()).resolves.toContain(ZH_EDIT);
    await expect(page.locator('[data-testid="suggestion-card"]:visible').count()).resolves.toBe(1);
    expect(rig.fake.chatRequests.length).toBe(calls);
  }, TEST_MS);

  test('7. a draft longer than Outlook takes is shortened to fit, and the pane says so', async () => {
    const page = await open({ mode: 'read', message: 'complaint-en', lang: 'en-US' });
    await page.getByTestId('reply-intent-apologise').waitFor();
    // About 40 KB of HTML: more than the 32 KB a reply form's body may hold.
    const paragraph = 'We have checked every step of the delivery of the standing desk and we are sorry for the trouble. ';
    const long = ['Dear Ms Miller,', ...Array.from({ length: 90 }, (_v, i) => `(${i + 1}) ${paragraph.repeat(4)}`)].join('\n\n');
    const draft = await draftFor(page, 'apologise', long, undefined, 4000);
    await draft.getByTestId('accept-reply').click();
    await replyWindow(page).waitFor({ state: 'visible' });

    const notice = page.getByTestId('reply-notice');
    await expect(notice.getAttribute('data-kind')).resolves.toBe('reply.trimmed');
    await expect(notice.textContent()).resolves.toContain('shortened to fit');
    const body = (await stagePart(page, 'reply-draft').textContent()) ?? '';
    expect(body.length).toBeGreaterThan(1000);
    expect(body.length).toBeLessThan(long.length);
    await notice.scrollIntoViewIfNeeded();
    await snap(page, 'outlook-7-trimmed-en');
  }, TEST_MS);

  test('8. compose: a customer e-mail template inserts its draft at the cursor on accept, and not before', async () => {
    const page = await open({ mode: 'compose', message: 'complaint-en', lang: 'en-US' });
    await page.getByTestId('template-email-customer-reply-en').click();
    await page.getByTestId('draft-form').waitFor();
    await page.getByTestId('field-replyPoints').locator('input').first().fill('A replacement desk ships on 24 June');

    // The cursor goes into an empty paragraph after the greeting, as a user pressing Enter there would leave it.
    await stagePart(page, 'compose-body').evaluate((body) => {
      (body as HTMLElement).focus();
      const empty = document.createElement('p');
      empty.append(document.createElement('br'));
      body.children[0]!.after(empty);
      const range = document.createRange();
      range.setStart(empty, 0);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const before = await composeParagraphs(page);
    const inserted = ['A replacement desk ships on 24 June.', 'Our driver will collect the damaged desk when it arrives.'];
    rig.fake.enqueue({ text: inserted.join('\n'), chunkSize: 8, paceMs: 2 });
    await page.getByTestId('generate').click();
    await waitForPhase(page.getByTestId('draft-workspace'), 'finished');
    expect(await composeParagraphs(page)).toEqual(before);
    await snap(page, 'outlook-8-compose-template-suggested');

    await page.getByTestId('accept-insert').click();
    await page.getByTestId('suggestion-card').waitFor({ state: 'detached' });
    const after = (await composeParagraphs(page)).filter((p) => p.trim() !== '');
    expect(after).toEqual([before[0], ...inserted, ...before.slice(2)]);
    await snap(page, 'outlook-8-compose-template-inserted');
  }, TEST_MS);
});
