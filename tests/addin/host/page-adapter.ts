/**
 * Calls a method of the host adapter a browser test put on the page as `window.adapter`; a
 * rejection comes back as its HostError code, so tests compare plain values.
 */
import type { Page } from 'playwright-core';

export type Outcome = { ok: unknown } | { error: string };

export async function callAdapter(page: Page, method: string, ...args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    async ([m, a]) => {
      const adapter = (window as unknown as { adapter: Record<string, (...x: unknown[]) => unknown> }).adapter;
      try {
        return { ok: (await adapter[m as string]!(...(a as unknown[]))) ?? null };
      } catch (e) {
        return { error: (e as { code?: string }).code ?? String(e) };
      }
    },
    [method, args] as const,
  );
}

/** What a rejected adapter call says to the user (its English message); undefined when it succeeded. */
export async function adapterErrorMessage(page: Page, method: string, ...args: unknown[]): Promise<string | undefined> {
  return page.evaluate(
    async ([m, a]) => {
      const adapter = (window as unknown as { adapter: Record<string, (...x: unknown[]) => unknown> }).adapter;
      try {
        await adapter[m as string]!(...(a as unknown[]));
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
    [method, args] as const,
  );
}
