/**
 * The preview adapter's whole-document operations in a real headless Chromium: the document as
 * Word's paragraph list (numbers of ordered lists first, tracked deletions left out), the
 * paragraphs a selection touches, correcting text inside one paragraph only where it still
 * reads as the review saw it, and an official document laid out at the cursor.
 */
import { callAdapter, type Outcome } from './page-adapter.js';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.js';
import { layoutOfficialDocument } from '../../../src/core/officialdoc/layout.js';
import type { OfficialDocument } from '../../../src/core/officialdoc/document.js';
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

const FIXTURE =
  '<h1>关于开展安全检查的通知。</h1><p>各部门:</p><p><br></p><ol><li>检查 范围</li><li>时间<ol><li>自查</li></ol></li></ol>' +
  '<p>本次检查<strong>在在</strong>机关进行，<del class="tracked">删去的字</del>请配合。</p><table><tr><td>表格里</td><td></td></tr></table>';

async function load(html = FIXTURE): Promise<void> {
  await page.setContent(`<!doctype html><meta charset="utf-8"><body><div id="doc" contenteditable="true">${html}</div><button id="pane-button">检查</button></body>`);
  await page.addScriptTag({ content: script });
  await page.evaluate(() => {
    const w = window as unknown as Record<string, { createPreviewAdapter(el: HTMLElement): unknown }>;
    (w as Record<string, unknown>).adapter = w.wenshuHost!.createPreviewAdapter(document.getElementById('doc')!);
  });
}

const call = (method: string, ...args: unknown[]): Promise<Outcome> => callAdapter(page, method, ...args);

const html = () => page.$eval('#doc', (el) => el.innerHTML);

async function selectText(from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const doc = document.getElementById('doc')!;
      const find = (needle: string) => {
        const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(needle);
          if (i >= 0) return [n, i] as const;
        }
        throw new Error(`not in the document: ${needle}`);
      };
      const [s, si] = find(a);
      const [e, ei] = find(b);
      const range = document.createRange();
      range.setStart(s, si);
      range.setEnd(e, ei + b.length);
      doc.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [from, to] as const,
  );
}

const PARAGRAPHS = ['关于开展安全检查的通知。', '各部门:', '', '1.检查 范围', '2.时间', '(1)自查', '本次检查在在机关进行，请配合。', '表格里', ''];

describe('getDocumentParagraphs', () => {
  it('reads the document as Word’s paragraph list: blank paragraphs, list numbers, table cells; no tracked deletions', async () => {
    await load();
    expect(await call('getDocumentParagraphs')).toEqual({ ok: PARAGRAPHS });
  });

  it('counts text typed straight into the document as a paragraph', async () => {
    await load('粘贴的文字<p>下一段</p>');
    expect(await call('getDocumentParagraphs')).toEqual({ ok: ['粘贴的文字', '下一段'] });
  });
});

describe('getSelectionParagraphRange', () => {
  it('gives the paragraphs the selection touches', async () => {
    await load();
    await selectText('部门', '检查 范');
    expect(await call('getSelectionParagraphRange')).toEqual({ ok: { start: 1, end: 4 } });
  });

  it('is empty for a caret', async () => {
    await load();
    await page.evaluate(() => {
      const doc = document.getElementById('doc')!;
      doc.focus();
      getSelection()!.collapse(doc.querySelector('p')!.firstChild!, 1);
    });
    expect(await call('getSelectionParagraphRange')).toEqual({ ok: null });
  });
});

describe('replaceInParagraph', () => {
  it('changes exactly that span, across formatting, and leaves the rest of the document as it was', async () => {
    await load();
    const before = await html();
    expect(await call('replaceInParagraph', 6, 4, 6, '在在', '在')).toEqual({ ok: null });
    expect(await call('replaceInParagraph', 1, 3, 4, ':', '：')).toEqual({ ok: null });
    const paragraphs = (await call('getDocumentParagraphs')) as { ok: string[] };
    expect(paragraphs.ok).toEqual(PARAGRAPHS.map((p, i) => (i === 6 ? '本次检查在机关进行，请配合。' : i === 1 ? '各部门：' : p)));
    expect(await html()).toBe(before.replace('<strong>在在</strong>', '<strong>在</strong>').replace('各部门:', '各部门：'));
  });

  it('spans text nodes when the fix does', async () => {
    await load('<p>日期为2024年<em>07</em>月03日。</p>');
    expect(await call('replaceInParagraph', 0, 3, 14, '2024年07月03日', '2024年7月3日')).toEqual({ ok: null });
    expect(await call('getDocumentParagraphs')).toEqual({ ok: ['日期为2024年7月3日。'] });
  });

  it('refuses with edit_conflict when the text there changed, and changes nothing', async () => {
    await load();
    const before = await html();
    expect(await call('replaceInParagraph', 6, 4, 6, '检查', '查')).toEqual({ error: 'edit_conflict' });
    expect(await call('replaceInParagraph', 42, 0, 1, '本', '该')).toEqual({ error: 'edit_conflict' });
    expect(await html()).toBe(before);
  });

  it('refuses a fix inside a list’s automatic number with list_numbering', async () => {
    await load();
    expect(await call('replaceInParagraph', 3, 1, 2, '.', '、')).toEqual({ error: 'list_numbering' });
    expect(await call('replaceInParagraph', 3, 4, 5, ' ', '')).toEqual({ ok: null });
    expect(((await call('getDocumentParagraphs')) as { ok: string[] }).ok[3]).toBe('1.检查范围');
  });
});

const REQUEST: OfficialDocument = {
  type: 'request',
  issuerMark: '某市应急管理局文件',
  docNumber: { code: '某应急', year: 2024, seq: 12 },
  signers: ['王建国'],
  title: '某市应急管理局关于增拨防汛抢险专项经费的请示',
  recipients: '市人民政府',
  body: [{ type: 'paragraph', content: [{ text: '今年入汛以来降雨偏多。' }] }, { type: 'paragraph', content: [{ text: '妥否，请批示。' }] }],
  issuerSignature: '某市应急管理局',
  date: '2024-07-18',
  note: '联系人：张华，电话：010-87654321',
};

describe('insertOfficial', () => {
  it('lays the document out at the cursor: red mark, number and signer on one line, title, body, signature and date', async () => {
    await load('<p>前文</p><p>后文</p>');
    await page.evaluate(() => {
      const doc = document.getElementById('doc')!;
      doc.focus();
      getSelection()!.collapse(doc.querySelector('p')!.firstChild!, 2);
    });
    const layout = layoutOfficialDocument(REQUEST);
    const result = await page.evaluate(async (l) => {
      const adapter = (window as unknown as { adapter: { insertOfficial(c: unknown): Promise<void> } }).adapter;
      await adapter.insertOfficial({ layout: l, docx: async () => '' });
      return null;
    }, layout);
    expect(result).toBeNull();
    const paragraphs = ((await call('getDocumentParagraphs')) as { ok: string[] }).ok;
    expect(paragraphs[0]).toBe('前文');
    expect(paragraphs.at(-1)).toBe('后文');
    expect(paragraphs).toEqual(expect.arrayContaining(['某市应急管理局文件', '某市应急管理局关于增拨防汛抢险专项经费的请示', '市人民政府：', '妥否，请批示。', '2024年7月18日', '（联系人：张华，电话：010-87654321）']));
    // The tab between the number and 签发人 stays in the text, as in Word.
    expect(paragraphs).toContain('某应急〔2024〕12号\t签发人：王建国');
    const mark = await page.$eval('#doc [data-element="issuerMark"]', (el) => getComputedStyle(el).color);
    expect(mark).toBe('rgb(255, 0, 0)');
  });
});
