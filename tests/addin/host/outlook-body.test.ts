/**
 * What the Outlook adapter writes: compose data in the body's own format, and a reply form's
 * HTML kept under Outlook's 32 KB limit without ever cutting through markup.
 */
import { blocksToHtml } from '../../../src/core/blocks/html.js';
import type { Block, Inline } from '../../../src/core/blocks/types.js';
import { composeData, REPLY_HTML_LIMIT, replyBody, TRIMMED_NOTE } from '../../../addin/host/outlook-body.js';

const t = (text: string, extra: Omit<Inline, 'text'> = {}): Inline => ({ text, ...extra });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** Every tag the HTML opens is closed in order, and every `<` starts one of the tags blocksToHtml writes. */
function wellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)>/g)) {
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  const lone = html.replace(/<\/?(p|em|strong|h[1-4]|ul|ol|li|table|thead|tbody|tr|th|td)>/g, '');
  return stack.length === 0 && !lone.includes('<') && !lone.includes('>') && !/&[a-z#0-9]*$/.test(html);
}

describe('composeData', () => {
  it('writes inline HTML for a lone paragraph, block HTML for more, and text for a text body', () => {
    const lone = [p(t('已'), t('发出', { bold: true }))];
    expect(composeData(lone, 'html')).toBe('已<strong>发出</strong>');
    const two = [{ type: 'heading', level: 2, content: [t('一、进展')] } as Block, p(t('A & B'))];
    expect(composeData(two, 'html')).toBe('<h2>一、进展</h2>\n<p>A &amp; B</p>');
    expect(composeData(two, 'text')).toBe('一、进展\n\nA & B');
  });
});

describe('replyBody', () => {
  it('leaves a draft within the limit as it is', () => {
    const blocks = [p(t('您好')), p(t('谢谢'))];
    expect(replyBody(blocks, 'zh-CN')).toEqual({ html: blocksToHtml(blocks), blocks, trimmed: false });
  });

  it('counts UTF-8 bytes, so Chinese text (3 bytes a character) is trimmed where its length alone would pass', () => {
    const blocks = Array.from({ length: 15 }, () => p(t('文'.repeat(1000))));
    expect(blocksToHtml(blocks).length).toBeLessThan(REPLY_HTML_LIMIT);
    const body = replyBody(blocks, 'zh-CN');
    expect(body.trimmed).toBe(true);
    expect(utf8(body.html)).toBeLessThanOrEqual(REPLY_HTML_LIMIT);
    expect(body.blocks).toHaveLength(10);
  });

  it('drops whole blocks from the end and closes with the note, however the limit falls', () => {
    const blocks: Block[] = [];
    for (let i = 0; i < 60; i++) {
      blocks.push(p(t(`第${i}段 <b>不是标签</b> & `), t('加粗'.repeat(i), { bold: true })));
      blocks.push({ type: 'table', header: true, rows: [[[t('项')], [t('值')]], ...Array.from({ length: i % 5 }, () => [[t('a<b')], [t('c&d')]])] });
    }
    for (const limit of [2000, 2001, 2003, 5000, 9999]) {
      const body = replyBody(blocks, 'en-US', limit);
      expect(utf8(body.html)).toBeLessThanOrEqual(limit);
      expect(wellFormed(body.html)).toBe(true);
      expect(body.html.endsWith(`<p><em>${TRIMMED_NOTE['en-US'].replace("'", '&#39;')}</em></p>`)).toBe(true);
      expect(body.blocks).toEqual(blocks.slice(0, body.blocks.length));
    }
  });

  it('shortens a first paragraph bigger than the whole form instead of sending an empty reply', () => {
    const body = replyBody([p(t('<甲>'.repeat(20_000))), p(t('第二段'))], 'zh-CN');
    expect(body.trimmed).toBe(true);
    expect(utf8(body.html)).toBeLessThanOrEqual(REPLY_HTML_LIMIT);
    expect(utf8(body.html)).toBeGreaterThan(REPLY_HTML_LIMIT - 200);
    expect(wellFormed(body.html)).toBe(true);
    expect(body.html.startsWith('<p>&lt;甲&gt;&lt;甲&gt;')).toBe(true);
    expect(body.html).toContain('…</p>');
    expect(body.html).not.toContain('第二段');
  });

  it('keeps the first rows of a table bigger than the form', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [[t(`行${i}`)], [t('内容'.repeat(10))]]);
    const body = replyBody([{ type: 'table', header: true, rows }], 'zh-CN');
    const kept = body.blocks[0];
    expect(kept?.type).toBe('table');
    expect(kept?.type === 'table' && kept.rows.length).toBeGreaterThan(100);
    expect(kept?.type === 'table' && kept.rows[0]).toEqual(rows[0]);
    expect(utf8(body.html)).toBeLessThanOrEqual(REPLY_HTML_LIMIT);
    expect(wellFormed(body.html)).toBe(true);
  });
});
