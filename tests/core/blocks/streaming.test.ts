/**
 * A stream is parsed again at every delta, so every prefix of a draft must give a sensible
 * tree: no throw, no markup, complete lines already final, and a half-written marker showing
 * nothing (or plain text) rather than a wrong structure.
 */
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { blocksToHtml, blocksToMarkdownish, blocksToText } from '../../../src/core/blocks/serialize.js';
import type { Block } from '../../../src/core/blocks/types.js';
import { ENGLISH_EMAIL, MESSY, OFFICIAL_NOTICE } from './fixtures.js';
import { heading, list, onlyAllowedMarkup, para, table } from './helpers.js';

const DRAFTS = { OFFICIAL_NOTICE, ENGLISH_EMAIL, MESSY };
const DROPPED_TAG = /<\/?(?:b|strong|i|em|p|br|span|div|li|ul|td|tr|table)\b[^<>]*>/i;

function texts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'list':
        return block.items.flatMap((item) => item.content.map((run) => run.text));
      case 'table':
        return block.rows.flat(2).map((run) => run.text);
      default:
        return block.content.map((run) => run.text);
    }
  });
}

describe('parsing stream prefixes', () => {
  it.each(Object.entries(DRAFTS))('never throws or yields markup at any cut of %s', (_name, draft) => {
    const points = [...draft];
    for (let cut = 0; cut <= points.length; cut += 1) {
      const prefix = points.slice(0, cut).join('');
      const blocks = parseBlocks(prefix);
      expect(onlyAllowedMarkup(blocksToHtml(blocks))).toBe(true);
      expect(texts(blocks).some((text) => DROPPED_TAG.test(text))).toBe(false);
      expect(() => blocksToText(blocks)).not.toThrow();
      expect(() => blocksToMarkdownish(blocks)).not.toThrow();
    }
  });

  it.each(Object.entries(DRAFTS))('settles every block but the last once its lines are complete, in %s', (_name, draft) => {
    const final = parseBlocks(draft);
    let end = draft.indexOf('\n');
    while (end !== -1) {
      const blocks = parseBlocks(draft.slice(0, end + 1));
      expect(blocks.slice(0, -1)).toEqual(final.slice(0, Math.max(0, blocks.length - 1)));
      end = draft.indexOf('\n', end + 1);
    }
  });

  it('shows nothing for a marker that has no text yet', () => {
    for (const partial of ['#', '## ', '-', '- ', '*', '+ ', '1.', '1. ', '|', '```', '~~~', '---']) {
      expect(parseBlocks(partial)).toEqual([]);
    }
  });

  it('shows a heading, item or row as soon as its text starts', () => {
    expect(parseBlocks('# 关于')).toEqual([heading(1, '关于')]);
    expect(parseBlocks('- a\n- b')).toEqual([list(false, [0, 'a'], [0, 'b'])]);
    expect(parseBlocks('| a | b |\n| -')).toEqual([table(true, ['a', 'b'])]);
    expect(parseBlocks('| a | b |\n| --- | --- |\n| c')).toEqual([table(true, ['a', 'b'], ['c', ''])]);
  });

  it('shows unfinished emphasis and tags as the literal text so far', () => {
    expect(parseBlocks('请**务必')).toEqual([para('请**务必')]);
    expect(parseBlocks('请**务必**')).toEqual([para('请', { text: '务必', bold: true })]);
    expect(parseBlocks('text <str')).toEqual([para('text <str')]);
    expect(parseBlocks('text <strong>')).toEqual([para('text')]);
  });
});
