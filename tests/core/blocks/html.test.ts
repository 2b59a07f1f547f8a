/**
 * blocksToHtml: the only HTML that reaches Outlook. Text can never become markup.
 */
import { blocksToHtml } from '../../../src/core/blocks/serialize.js';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { Block } from '../../../src/core/blocks/types.js';
import { ENGLISH_EMAIL, MESSY, OFFICIAL_NOTICE } from './fixtures.js';
import { b, bi, heading, i, list, onlyAllowedMarkup, para, t, table } from './helpers.js';

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "'; background:url(javascript:alert(1)) '",
  '</td></tr></table><iframe src="http://evil.test"></iframe>',
  '&lt;b&gt;already escaped&lt;/b&gt;',
  '<!-- comment --><style>p{}</style><a href="javascript:alert(1)">x</a>',
];

describe('blocksToHtml', () => {
  it('renders each block type with plain tags only', () => {
    const blocks: Block[] = [
      heading(1, 'T'),
      heading(4, 'S'),
      para('a ', b('b'), ' ', i('c'), ' ', bi('d')),
      table(true, ['h'], ['v']),
      table(false, ['x', '']),
    ];
    expect(blocksToHtml(blocks)).toBe(
      [
        '<h1>T</h1>',
        '<h4>S</h4>',
        '<p>a <strong>b</strong> <em>c</em> <strong><em>d</em></strong></p>',
        '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>',
        '<table><tbody><tr><td>x</td><td></td></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('nests lists inside their parent item', () => {
    expect(blocksToHtml([list(true, [0, 'a'], [1, 'b'], [2, 'c'], [0, 'd'])])).toBe(
      '<ol><li>a<ol><li>b<ol><li>c</li></ol></li></ol></li><li>d</li></ol>',
    );
    expect(blocksToHtml([list(false, [0, 'a'], [1, 'b'], [1, 'c'])])).toBe('<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>');
  });

  it('escapes every attack string in every place text can go', () => {
    for (const attack of ATTACKS) {
      const blocks: Block[] = [
        heading(2, attack),
        para(attack, b(attack), i(attack)),
        list(false, [0, attack], [1, attack]),
        table(true, [attack], [attack]),
      ];
      const html = blocksToHtml(blocks);
      expect(onlyAllowedMarkup(html)).toBe(true);
      expect(html).not.toMatch(/<(script|img|svg|iframe|style|a)\b/i);
    }
    expect(blocksToHtml([para('<script>alert("x")</script> & \'q\'')])).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
  });

  it('escapes markup that arrives through the parser', () => {
    const html = blocksToHtml(parseBlocks(ATTACKS.map((attack) => `- ${attack}\n\n${attack}\n\n| ${attack} |`).join('\n\n')));
    expect(onlyAllowedMarkup(html)).toBe(true);
  });

  it('cannot be tricked by a malformed tree', () => {
    const hostile = [
      { type: 'heading', level: '1 onclick=alert(1)', content: [t('x')] },
      { type: 'heading', level: 9, content: [t('deep')] },
      { type: 'script', content: [t('x')] },
      { type: 'paragraph', content: [{ text: { toString: () => '<b>' } }, null, { text: '<i>', bold: 'yes' }] },
      { type: 'paragraph', content: '<script>' },
      { type: 'list', ordered: true, items: [{ level: -3, content: [t('a')] }, { level: 99, content: null }, null, { level: '1' }] },
      { type: 'table', header: true, rows: [null, [[t('<td>')]], 'oops'] },
      null,
    ] as unknown as Block[];
    const html = blocksToHtml(hostile);
    expect(onlyAllowedMarkup(html)).toBe(true);
    expect(html).toContain('<h1>x</h1>');
    expect(html).toContain('<h4>deep</h4>');
    expect(blocksToHtml('nope' as unknown as Block[])).toBe('');
  });

  it('renders the fixtures with allowed markup only', () => {
    for (const text of [OFFICIAL_NOTICE, ENGLISH_EMAIL, MESSY]) expect(onlyAllowedMarkup(blocksToHtml(parseBlocks(text)))).toBe(true);
  });
});
