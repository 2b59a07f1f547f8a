/**
 * The task pane's first-view JavaScript: build the add-in, open the pane in headless Chromium
 * until the template gallery shows, and add up every script the gateway served for it
 * (office.js excluded), raw and gzip. Target: at most 200 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/e2e/support/browser.js';
import { FakeModelServer } from '../../tests/support/fake-model-server.js';
import { startTestGateway } from '../../tests/support/gateway.js';

const TARGET_GZIP = 200 * 1024;

execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
const model = await new FakeModelServer({ record: false }).start();
const gw = await startTestGateway({ modelUrl: model.url });
const browser = await launchBrowser();
const scripts: { url: string; raw: number; gzip: number }[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/addin/') || !url.pathname.endsWith('.js')) return;
    const body = await res.body();
    scripts.push({ url: url.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(`${gw.url}/taskpane.html`);
  await page.getByTestId('gallery').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
} finally {
  await browser.close();
  await gw.close();
  await model.close();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const total = scripts.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
console.log('\n## Task pane first view (gallery shown), JavaScript without office.js\n');
console.log('| script | minified | gzip -9 |\n| --- | ---: | ---: |');
for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`| ${s.url} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
console.log(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`);
console.log(`\nTarget ≤ ${kb(TARGET_GZIP)} gzip: ${total.gzip <= TARGET_GZIP ? 'met' : 'MISSED'}.`);
