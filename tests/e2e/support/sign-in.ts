/**
 * Signs a browser context in the way the pane looks for it: a token in localStorage under
 * `wenshu.token` (the preview has no Office partition key), set before any page script runs.
 */
import type { BrowserContext } from 'playwright-core';

export const TOKEN_KEY = 'wenshu.token';

export async function signInContext(context: BrowserContext, token: string): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      // Only when nothing is stored, so a test that signs out or replaces the token keeps its change across reloads.
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [TOKEN_KEY, token] as const,
  );
}
