/**
 * The preview adapter in a real headless Chromium (jsdom is not installed, and a real selection is
 * the point): reading and remembering the selection, inserting in each mode, rendering blocks as
 * DOM without ever parsing model text as HTML, tracked changes, and the boot helpers.
 */
import { callAdapter, type Outcome } from './page-adapter.js';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.js';
import type { Block, Inline } from '../../../src/core/blocks/types.js';
import { bundle } from './bundle.js';

let browser: Browser;
let page: Page;
let script: string;

beforeAll(async () => {
  [script, browser] = await Promise.all([
    bundle(fileURLToPath(new URL('./preview-entry.ts', import.meta.url))),
    launchBrowser(),
  ]);
  page = await browser.newPage();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

const FIXTURE = '<h1>关于开展安全检查的通知</h1><p>各部门：现将有关事项通知如下。</p><p>请认真组织实施。</p><p>特此通知。</p>';

async function load(html = FIXTURE, config?: unknown): Promise<void> {
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body><div id="doc" contenteditable="true">${html}</div>` +
      '<aside><input id="pane-input" aria-label="instruction"><button id="pane-button">插入</button></aside></body>',
  );
  // setContent keeps the window, so clear what an earlier test set.
  await page.evaluate((cfg) => {
    (window as unknown as Record<string, unknown>).__WENSHU_PREVIEW__ = cfg ?? undefined;
  }, config);
  await page.addScriptTag({ content: script });
  await page.evaluate(() => {
    const w = window as unknown as Record<string, { createPreviewAdapter(el: HTMLElement): unknown }>;
    (w as Record<string, unknown>).adapter = w.wenshuHost!.createPreviewAdapter(document.getElementById('doc')!);
  });
}

const call = (method: string, ...args: unknown[]): Promise<Outcome> => callAdapter(page, method, ...args);

const html = () => page.$eval('#doc', (el) => el.innerHTML);

/** Selects from the start of `from` to the end of `to` (both searched in the document's text nodes). */
async function select(from: string, to = from, collapse?: 'start' | 'end'): Promise<void> {
  await page.evaluate(
    ([a, b, c]) => {
      const doc = document.getElementById('doc')!;
      const find = (needle: string) => {
        const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(needle);
          if (i >= 0) return [n, i] as const;
        }
        throw new Error(`not in the document: ${needle}`);
      };
      const [startNode, start] = find(a);
      const [endNode, end] = find(b);
      const range = document.createRange();
      range.setStart(startNode, start);
      range.setEnd(endNode, end + b.length);
      if (c) range.collapse(c === 'start');
      doc.focus();
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to, collapse ?? ''] as const,
  );
}

const t = (text: string, extra: Omit<Inline, 'text'> = {}): Inline => ({ text, ...extra });
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });

describe('reading the selection', () => {
  it('returns the selected text, one paragraph per block, cut at both ends', async () => {
    await load();
    await select('安全检查的通知', '各部门');
    expect(await call('getSelection')).toEqual({ ok: { text: '安全检查的通知\n各部门', paragraphs: ['安全检查的通知', '各部门'] } });
  });

  it('reports a caret as an empty selection', async () => {
    await load();
    await select('请认真', '请认真', 'end');
    expect(await call('getSelection')).toEqual({ ok: { text: '', paragraphs: [] } });
  });

  it('remembers the document selection after focus moves into the pane', async () => {
    await load();
    await select('请认真组织实施。');
    await page.click('#pane-input');
    await page.keyboard.type('改得正式一些');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pane-input');
    expect(await call('getSelection')).toEqual({ ok: { text: '请认真组织实施。', paragraphs: ['请认真组织实施。'] } });
    expect(await call('insert', [para(t('请各单位认真组织实施。'))], { mode: 'replace' })).toEqual({ ok: null });
    expect(await html()).toBe('<h1>关于开展安全检查的通知</h1><p>各部门：现将有关事项通知如下。</p><p>请各单位认真组织实施。</p><p>特此通知。</p>');
  });

  it('replaces a paragraph chosen with a real triple-click, leaving the next paragraph alone', async () => {
    await load();
    await page.click('#doc p:nth-of-type(2)', { clickCount: 3 });
    await page.click('#pane-button');
    expect(await call('insert', [para(t('请于5月31日前完成自查。'))], { mode: 'replace' })).toEqual({ ok: null });
    expect(await html()).toBe('<h1>关于开展安全检查的通知</h1><p>各部门：现将有关事项通知如下。</p><p>请于5月31日前完成自查。</p><p>特此通知。</p>');
  });

  it('refuses a selection over 20 000 characters', async () => {
    await load(`<p>${'字'.repeat(20_001)}</p>`);
    await select('字'.repeat(20_001));
    expect(await call('getSelection')).toEqual({ error: 'selection_too_large' });
  });
});

describe('inserting', () => {
  it('a lone paragraph goes inline at the cursor; the caret then follows it', async () => {
    await load();
    await select('通知如下', '通知如下', 'start');
    await call('insert', [para(t('经研究，'))], { mode: 'cursor' });
    await call('insert', [para(t('特'), t('此', { bold: true }))], { mode: 'cursor' });
    expect(await page.$eval('#doc p', (el) => el.innerHTML)).toBe('各部门：现将有关事项经研究，特<strong>此</strong>通知如下。');
  });

  it('blocks at a cursor inside a paragraph split it there, as Enter would', async () => {
    await load();
    await select('有关事项', '有关事项', 'end');
    await call('insert', [{ type: 'heading', level: 2, content: [t('一、检查范围')] }, para(t('全部办公区。'))], { mode: 'cursor' });
    expect(await html()).toBe(
      '<h1>关于开展安全检查的通知</h1><p>各部门：现将有关事项</p><h2>一、检查范围</h2><p>全部办公区。</p><p>通知如下。</p><p>请认真组织实施。</p><p>特此通知。</p>',
    );
  });

  it('blocks at the start of a paragraph go before it, and fill a blank paragraph', async () => {
    await load('<p>第一段</p><p><br></p><p>第三段</p>');
    await select('第三段', '第三段', 'start');
    await call('insert', [para(t('甲')), para(t('乙'))], { mode: 'cursor' });
    expect(await html()).toBe('<p>第一段</p><p><br></p><p>甲</p><p>乙</p><p>第三段</p>');
    await page.evaluate(() => {
      const blank = document.querySelector('#doc p:nth-child(2)')!;
      getSelection()!.collapse(blank, 0);
    });
    await call('insert', [para(t('丙')), para(t('丁'))], { mode: 'cursor' });
    expect(await html()).toBe('<p>第一段</p><p>丙</p><p>丁</p><p>甲</p><p>乙</p><p>第三段</p>');
  });

  it('replacing across paragraphs joins what is left of them, as Word does', async () => {
    await load();
    await select('现将', '请认真');
    await call('insert', [para(t('、'))], { mode: 'replace' });
    expect(await html()).toBe('<h1>关于开展安全检查的通知</h1><p>各部门：、组织实施。</p><p>特此通知。</p>');
  });

  it('end appends, filling a blank last paragraph', async () => {
    await load('<p>正文</p><p><br></p>');
    await call('insert', [para(t('附件：检查表'))], { mode: 'end' });
    await call('insert', [para(t('联系人：张三'))], { mode: 'end' });
    expect(await html()).toBe('<p>正文</p><p>附件：检查表</p><p>联系人：张三</p>');
  });

  it('with no selection yet, the cursor is at the end; replace needs a selection; no new document', async () => {
    await load('<p>正文</p>');
    await call('insert', [para(t('甲')), para(t('乙'))], { mode: 'cursor' });
    expect(await html()).toBe('<p>正文</p><p>甲</p><p>乙</p>');
    expect(await call('insert', [para(t('x'))], { mode: 'replace' })).toEqual({ error: 'selection_empty' });
    expect(await call('insert', [para(t('x'))], { mode: 'newDocument' })).toEqual({ error: 'not_supported' });
    expect(await html()).toBe('<p>正文</p><p>甲</p><p>乙</p>');
  });

  it('renders headings, emphasis, nested lists and tables as DOM', async () => {
    await load('<p><br></p>');
    const blocks: Block[] = [
      { type: 'heading', level: 1, content: [t('标题')] },
      { type: 'heading', level: 3, content: [t('（一）小节')] },
      { type: 'heading', level: 4, content: [t('1. 条目')] },
      para(t('普通'), t('加粗', { bold: true }), t('倾斜', { italic: true }), t('都有', { bold: true, italic: true })),
      {
        type: 'list',
        ordered: true,
        items: [
          { content: [t('一')], level: 0 },
          { content: [t('一.1')], level: 1 },
          { content: [t('一.2')], level: 1 },
          { content: [t('二')], level: 0 },
          { content: [t('跳级')], level: 3 },
        ],
      },
      { type: 'list', ordered: false, items: [{ content: [t('要点')], level: 0 }] },
      { type: 'table', header: true, rows: [[[t('部门')], [t('结果')]], [[t('办公室')]]] },
    ];
    await call('insert', blocks, { mode: 'end' });
    expect(await html()).toBe(
      '<h1>标题</h1><h3>（一）小节</h3><h4>1. 条目</h4>' +
        '<p>普通<strong>加粗</strong><em>倾斜</em><strong><em>都有</em></strong></p>' +
        '<ol><li>一<ol><li>一.1</li><li>一.2</li></ol></li><li>二<ol><li>跳级</li></ol></li></ol>' +
        '<ul><li>要点</li></ul>' +
        '<table><thead><tr><th>部门</th><th>结果</th></tr></thead><tbody><tr><td>办公室</td><td></td></tr></tbody></table>',
    );
  });

  it('never parses model text as HTML', async () => {
    await load('<p><br></p>');
    const evil = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    await call('insert', [para(t(evil)), { type: 'table', header: true, rows: [[[t(evil)]]] }], { mode: 'end' });
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => [document.querySelectorAll('#doc img, #doc script').length, (window as unknown as { hacked?: number }).hacked ?? null])).toEqual([0, null]);
    expect(await page.$eval('#doc p', (el) => el.textContent)).toBe(evil);
  });
});

describe('tracked changes', () => {
  it('shows an insertion as <ins class="tracked">, in every block', async () => {
    await load('<p>正文</p>');
    await select('正文', '正文', 'end');
    await call('insert', [para(t('补充')), { type: 'list', ordered: false, items: [{ content: [t('一项')], level: 0 }] }], { mode: 'cursor', track: true });
    expect(await html()).toBe('<p>正文</p><p><ins class="tracked">补充</ins></p><ul><li><ins class="tracked">一项</ins></li></ul>');
  });

  it('shows a replaced selection struck through in <del class="tracked">, followed by the insertion', async () => {
    await load();
    await select('请认真', '实施');
    await call('insert', [para(t('请各单位落实'))], { mode: 'replace', track: true });
    expect(await page.$eval('#doc p:nth-of-type(2)', (el) => el.innerHTML)).toBe('<del class="tracked">请认真组织实施</del><ins class="tracked">请各单位落实</ins>。');
    await select('请认真', '落实');
    expect(await call('getSelection')).toEqual({ ok: { text: '请各单位落实', paragraphs: ['请各单位落实'] } });
  });
});

describe('capabilities and selection events', () => {
  it('supports everything Word does except a new document', async () => {
    await load();
    const caps = await page.evaluate(() => {
      const a = (window as unknown as { adapter: { supports(c: string): boolean; name: string } }).adapter;
      return [a.name, ...['readSelection', 'insertAtCursor', 'replaceSelection', 'insertAtEnd', 'trackedChanges', 'newDocument'].map((c) => a.supports(c))];
    });
    expect(caps).toEqual(['preview-word', true, true, true, true, true, false]);
  });

  it('calls back when the document selection changes, not for the pane, and stops on unsubscribe', async () => {
    await load();
    await page.evaluate(() => {
      const w = window as unknown as { adapter: { onSelectionChanged(cb: () => void): () => void }; seen: number; stop: () => void };
      w.seen = 0;
      w.stop = w.adapter.onSelectionChanged(() => void w.seen++);
    });
    await select('特此通知');
    await page.waitForFunction(() => (window as unknown as { seen: number }).seen > 0);
    const seen = () => page.evaluate(() => (window as unknown as { seen: number }).seen);
    const before = await seen();
    await page.click('#pane-input');
    await page.keyboard.type('abc');
    await page.waitForTimeout(50);
    expect(await seen()).toBe(before);
    await page.evaluate(() => (window as unknown as { stop: () => void }).stop());
    await select('各部门');
    await page.waitForTimeout(50);
    expect(await seen()).toBe(before);
  });
});

describe('boot helpers', () => {
  const boot = (info: unknown) =>
    page.evaluate((i) => {
      const h = (window as unknown as { wenshuHost: Record<string, (...a: unknown[]) => unknown> }).wenshuHost;
      const config = h.readPreviewConfig!();
      const adapter = h.createHostAdapter!({ ...(i as object), preview: config }) as { name: string; supports(c: string): boolean; theme(): unknown; locale(): unknown };
      return { config: config ?? null, name: adapter.name, inserts: adapter.supports('insertAtCursor'), theme: adapter.theme() ?? null, locale: adapter.locale() ?? null };
    }, info);

  it('reads the preview page\'s config and builds the preview adapter from it', async () => {
    await load(FIXTURE, { host: 'word', documentElementId: 'doc', locale: 'en-US', dark: true });
    expect(await boot({ host: 'none' })).toEqual({
      config: { host: 'word', documentElementId: 'doc', locale: 'en-US', dark: true },
      name: 'preview-word',
      inserts: true,
      theme: { dark: true, background: '#292929', foreground: '#ffffff' },
      locale: 'en-US',
    });
  });

  it('falls back to the document-less browser adapter without a (valid) config', async () => {
    await load();
    expect(await boot({ host: 'none', displayLanguage: 'zh-CN' })).toEqual({ config: null, name: 'browser', inserts: false, theme: null, locale: 'zh-CN' });
    await load(FIXTURE, { host: 'excel', documentElementId: 'doc' });
    expect((await boot({ host: 'none' })).name).toBe('browser');
    await load(FIXTURE, { host: 'word', documentElementId: 'missing' });
    expect((await boot({ host: 'none' })).name).toBe('browser');
  });
});
