/**
 * Driving the Outlook preview (`/preview?host=outlook`) from Playwright: open a sample in read or
 * compose mode, find the stand-in window's parts (marked data-wenshu, see
 * addin/host/preview-outlook-dom.ts), select a paragraph of the compose body as a user would.
 */
import type { Locator, Page } from 'playwright-core';
import { selectChild } from './browser.js';

export interface OutlookQuery {
  mode: 'read' | 'compose';
  message: string;
  lang: 'zh-CN' | 'en-US';
}

/** Opens the preview and waits until the stand-in window and the pane's tabs are there. */
export async function openOutlook(page: Page, baseUrl: string, query: OutlookQuery): Promise<void> {
  const q = new URLSearchParams({ host: 'outlook', mode: query.mode, message: query.message, lang: query.lang });
  await page.goto(`${baseUrl}/preview?${q.toString()}`);
  await page.locator(`#wenshu-outlook[data-mode="${query.mode}"]`).waitFor({ state: 'attached' });
  await page.getByRole('tablist').waitFor();
}

/** A part of the stand-in Outlook window. */
export const stagePart = (page: Page, name: string): Locator => page.locator(`[data-wenshu="${name}"]`);

export const replyWindow = (page: Page): Locator => stagePart(page, 'reply-window');

/** The Reply tab's draft that is showing (each suggested reply keeps its own, hidden when not picked). */
export const activeDraft = (page: Page): Locator => page.locator('[data-testid="reply-draft"][data-active="true"]');

/** The compose body's paragraphs, as text. */
export function composeParagraphs(page: Page): Promise<string[]> {
  return stagePart(page, 'compose-body').evaluate((body) => Array.from(body.children).map((el) => el.textContent ?? ''));
}

/** Selects the whole of the compose body's n-th paragraph. */
export function selectComposeParagraph(page: Page, index: number): Promise<string> {
  return selectChild(stagePart(page, 'compose-body'), index);
}
