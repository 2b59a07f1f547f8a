/**
 * blocksToText (Copy) and blocksToMarkdownish (the editable structured text).
 */
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { blocksToMarkdownish, blocksToText } from '../../../src/core/blocks/serialize.js';
import type { Block } from '../../../src/core/blocks/types.js';
import { ENGLISH_EMAIL, OFFICIAL_NOTICE } from './fixtures.js';
import { b, bi, heading, i, list, para, t, table } from './helpers.js';

describe('blocksToText', () => {
  it('writes lists with "- " and per-level numbers, indented two spaces a level', () => {
    const blocks: Block[] = [
      list(true, [0, 'one'], [1, 'a'], [1, 'b'], [2, 'deep'], [0, 'two'], [1, 'restarts']),
      list(false, [0, 'x'], [1, 'y']),
    ];
    expect(blocksToText(blocks)).toBe('1. one\n  1. a\n  2. b\n    1. deep\n2. two\n  1. restarts\n\n- x\n  - y');
  });

  it('writes tables tab-separated, one row a line, with tabs and breaks in cells flattened', () => {
    const blocks: Block[] = [{ type: 'table', header: true, rows: [[[t('名称')], [t('数量')]], [[t('a\tb')], [t('1\n2')]], [[], [t('3')]]] }];
    expect(blocksToText(blocks)).toBe('名称\t数量\na b\t1 2\n\t3');
  });

  it('drops emphasis markers and keeps the words', () => {
    expect(blocksToText([para('a ', b('bold'), ' ', i('it'), ' ', bi('both'))])).toBe('a bold it both');
  });

  it('puts Chinese paragraphs on consecutive lines and a blank line around headings', () => {
    expect(blocksToText(parseBlocks(OFFICIAL_NOTICE))).toMatch(
      /^XX市人民政府办公室关于开展2025年安全生产大检查的通知\n\n各区县人民政府，市政府各部门，各有关单位：\n为深入贯彻/,
    );
    expect(blocksToText(parseBlocks(OFFICIAL_NOTICE))).toMatch(/\n附件：安全生产大检查工作清单\nXX市人民政府办公室\n2025年7月3日\n（此件公开发布）$/);
  });

  it('separates English paragraphs by a blank line but keeps a signature block together', () => {
    const text = blocksToText(parseBlocks(ENGLISH_EMAIL));
    expect(text).toMatch(/^Dear Ms\. Chen,\n\nThank you for meeting/);
    expect(text).toMatch(/\n\n1\. We send the revised contract\.\n2\. You confirm the delivery address\.\n\nBest regards,\nJohn Smith\nProcurement Office$/);
  });

  it('gives an empty string for no blocks', () => {
    expect(blocksToText([])).toBe('');
  });
});

describe('blocksToMarkdownish', () => {
  it('writes the syntax the model is asked for', () => {
    const blocks: Block[] = [
      heading(1, '标题'),
      heading(3, 'Sub'),
      para('text ', b('bold'), ' and ', i('it')),
      list(false, [0, 'a'], [1, 'b']),
      list(true, [0, 'one'], [0, 'two']),
      table(true, ['h1', 'h2'], ['', 'x']),
      table(false, ['only']),
    ];
    expect(blocksToMarkdownish(blocks)).toBe(
      [
        '# 标题',
        '### Sub',
        'text **bold** and *it*',
        '- a\n  - b',
        '1. one\n2. two',
        '| h1 | h2 |\n| --- | --- |\n|  | x |',
        '| only |',
      ].join('\n\n'),
    );
  });

  it('keeps two adjacent lists of one kind apart with a rule', () => {
    const blocks = [list(false, [0, 'a']), list(false, [0, 'b'])];
    expect(blocksToMarkdownish(blocks)).toBe('- a\n\n---\n\n- b');
    expect(parseBlocks(blocksToMarkdownish(blocks))).toEqual(blocks);
  });

  it('fences verbatim lines that would otherwise read as markup', () => {
    const blocks = [para('# comment'), para('- item'), para('plain'), para('```')];
    const text = blocksToMarkdownish(blocks);
    expect(text).toBe('```verbatim\n# comment\n- item\n```\n\nplain\n\n````verbatim\n```\n````');
    expect(parseBlocks(text)).toEqual(blocks);
  });

  it('picks marks that survive touching neighbours', () => {
    const cases: Block[] = [
      para(b('a'), b('b')),
      para(b('x '), bi('y')),
      para(i('a'), b('b'), 'c'),
      para('a ', i('*'), ' b'),
      para('中', bi('文'), i('字')),
    ];
    for (const block of cases) expect(parseBlocks(blocksToMarkdownish([block]))).toEqual([block]);
  });

  it('uses another bullet when "- " would turn an item into a rule', () => {
    const blocks = [list(false, [0, '- -'])];
    expect(blocksToMarkdownish(blocks)).toBe('* - -');
    expect(parseBlocks(blocksToMarkdownish(blocks))).toEqual(blocks);
  });

  it('clamps hand-made list levels so nesting stays well formed', () => {
    expect(blocksToMarkdownish([list(false, [2, 'a'], [5, 'b'], [1, 'c'])])).toBe('- a\n  - b\n  - c');
  });
});
