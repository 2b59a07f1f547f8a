/**
 * Debian's Chromium driven by playwright-core, started the way this machine allows: headless,
 * no sandbox (root), and none of the background traffic a closed network refuses.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const SCREENSHOTS = fileURLToPath(new URL('../../../test-output/e2e/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a screenshot with the test output, for a person to look at. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Selects the whole of an editable element's n-th child, as a user dragging over it would
 * (the pane listens to selectionchange), and returns its text.
 */
export function selectChild(container: Locator, index: number): Promise<string> {
  return container.evaluate((root, i) => {
    const el = root.children[i]!;
    (root as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return el.textContent ?? '';
  }, index);
}
