/**
 * The set-up the browser tests share: the fake model server, a real gateway in front of it and
 * headless Chromium, started together; contexts made through the rig are tracked so a test file
 * can close them after each test (a fresh profile per test) or leave them to close() at the end.
 * Most files call useRig(), which registers those hooks.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '../../support/gateway.js';
import { launchBrowser } from './browser.js';
import { signInContext } from './sign-in.js';

export interface RigOptions {
  /** Gateway options other than the model URL, which the rig fills in. */
  gateway?: Omit<TestGatewayOptions, 'modelUrl'>;
}

export interface RigContextOptions extends BrowserContextOptions {
  /** Sign the context in with this token (see signInContext); none leaves it signed out. */
  token?: string;
}

export interface Rig {
  fake: FakeModelServer;
  model: FakeModelServerHandle;
  gw: TestGateway;
  browser: Browser;
  newContext(opts?: RigContextOptions): Promise<BrowserContext>;
  /** Closes the contexts still open (for afterEach). */
  closeContexts(): Promise<void>;
  /** Closes the contexts, the browser, the gateway and the model server, in that order. */
  close(): Promise<void>;
}

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const fake = new FakeModelServer();
  const [browser, model] = await Promise.allSettled([launchBrowser(), fake.start()]);
  let gw: TestGateway;
  try {
    if (browser.status === 'rejected') throw browser.reason;
    if (model.status === 'rejected') throw model.reason;
    gw = await startTestGateway({ ...options.gateway, modelUrl: model.value.url });
  } catch (e) {
    // Whatever did start must not keep Jest waiting.
    if (browser.status === 'fulfilled') await browser.value.close();
    await fake.close();
    throw e;
  }
  return rig(fake, model.value, gw, browser.value);
}

function rig(fake: FakeModelServer, model: FakeModelServerHandle, gw: TestGateway, browser: Browser): Rig {
  const open = new Set<BrowserContext>();
  const closeContexts = async () => {
    for (const context of [...open]) await context.close();
  };
  return {
    fake,
    model,
    gw,
    browser,
    async newContext({ token, ...opts } = {}) {
      const context = await browser.newContext(opts);
      open.add(context);
      context.once('close', () => open.delete(context));
      if (token) await signInContext(context, token);
      return context;
    },
    closeContexts,
    async close() {
      // At the very end a context that will not close must not keep the browser open.
      for (const context of [...open]) await context.close().catch(() => undefined);
      await browser.close();
      await gw.close();
      await model.close();
    },
  };
}

/**
 * Starts a rig for the test file that calls it (beforeAll), gives each test a fresh browser
 * profile (afterEach closes the contexts) and stops everything at the end (afterAll). The
 * returned rig may be used only inside hooks and tests, once it has started.
 */
export function useRig(options: RigOptions = {}, startTimeoutMs = 30_000): Rig {
  let started: Rig | undefined;
  const need = (): Rig => {
    if (!started) throw new Error('the rig is used before beforeAll started it');
    return started;
  };
  beforeAll(async () => {
    started = await startRig(options);
  }, startTimeoutMs);
  afterEach(async () => {
    await started?.closeContexts();
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    get fake() {
      return need().fake;
    },
    get model() {
      return need().model;
    },
    get gw() {
      return need().gw;
    },
    get browser() {
      return need().browser;
    },
    newContext: (opts) => need().newContext(opts),
    closeContexts: () => need().closeContexts(),
    close: () => need().close(),
  };
}
