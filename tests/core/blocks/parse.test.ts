/**
 * parseBlocks on the constructs the model is told to use and the ones it uses anyway.
 */
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { ENGLISH_EMAIL, MESSY, OFFICIAL_NOTICE } from './fixtures.js';
import { b, bi, heading, i, list, para, t, table } from './helpers.js';

describe('parseBlocks: headings and paragraphs', () => {
  it('reads # to #### headings and clamps deeper ones to level 4', () => {
    expect(parseBlocks('# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six')).toEqual([
      heading(1, 'One'),
      heading(2, 'Two'),
      heading(3, 'Three'),
      heading(4, 'Four'),
      heading(4, 'Five'),
      heading(4, 'Six'),
    ]);
  });

  it('keeps seven hashes, #hashtags and C# as text and strips closing hashes', () => {
    expect(parseBlocks('####### seven\n#hashtag\n## Learn C#\n## Title ##')).toEqual([
      para('####### seven'),
      para('#hashtag'),
      heading(2, 'Learn C#'),
      heading(2, 'Title'),
    ]);
  });

  it('makes every non-blank line its own paragraph, blank lines only separating', () => {
    expect(parseBlocks('第一段。\n第二段。\n\n\n第三段。')).toEqual([para('第一段。'), para('第二段。'), para('第三段。')]);
  });

  it('joins a hard-wrapped English sentence with a space but keeps signature lines apart', () => {
    expect(parseBlocks('We would like to\nconfirm the order.\nBest regards,\nJohn Smith')).toEqual([
      para('We would like to confirm the order.'),
      para('Best regards,'),
      para('John Smith'),
    ]);
  });

  it('trims indentation, ideographic spaces and trailing spaces, and reads CRLF, CR and a BOM', () => {
    expect(parseBlocks('\uFEFF　　首行缩进的段落。  \r\n\tEnglish line.\t \rLast')).toEqual([
      para('首行缩进的段落。'),
      para('English line.'),
      para('Last'),
    ]);
  });

  it('drops control characters', () => {
    expect(parseBlocks('a\u0000b\u0007c\u001b')).toEqual([para('abc')]);
  });

  it('returns no blocks for empty or blank input', () => {
    expect(parseBlocks('')).toEqual([]);
    expect(parseBlocks(' \n\t\n　\r\n')).toEqual([]);
  });
});

describe('parseBlocks: 公文 numbering stays text', () => {
  it('keeps 一、（一）1.x（1）1、 lines as paragraphs, not lists', () => {
    const text = '一、总体要求\n（一）提高认识。\n1.加强组织领导。\n（1）明确责任。\n1、落实到人。\n2024. 5. 1';
    expect(parseBlocks(text)).toEqual([
      para('一、总体要求'),
      para('（一）提高认识。'),
      para('1.加强组织领导。'),
      para('（1）明确责任。'),
      para('1、落实到人。'),
      para('2024. 5. 1'),
    ]);
  });

  it('parses a realistic notice: title, 主送机关, levels, table, 附件, 落款 and date', () => {
    const blocks = parseBlocks(OFFICIAL_NOTICE);
    expect(blocks[0]).toEqual(heading(1, 'XX市人民政府办公室关于开展2025年安全生产大检查的通知'));
    expect(blocks[1]).toEqual(para('各区县人民政府，市政府各部门，各有关单位：'));
    expect(blocks[2]).toEqual(para('为深入贯彻落实安全生产工作部署，经市政府同意，现就开展2025年安全生产大检查有关事项通知如下。'));
    expect(blocks.slice(3, 6)).toEqual([para('一、检查时间'), para('2025年7月10日至8月31日。'), para('二、检查内容')]);
    expect(blocks[6]).toEqual(para('（一）', b('安全生产责任制落实情况'), '。各单位要对照清单逐项检查。'));
    expect(blocks.slice(7, 12)).toEqual([
      para('（二）隐患排查治理情况。'),
      para('1.重大隐患是否建立台账；'),
      para('2.整改措施是否落实到位。'),
      para('三、工作要求'),
      para('各单位要高度重视，于8月31日前将检查报告报送市应急管理局。'),
    ]);
    expect(blocks[12]).toEqual(
      table(
        true,
        ['序号', '检查事项', '责任单位', '完成时限'],
        ['1', '消防安全', '市消防救援支队', '7月31日'],
        ['2', '危险化学品', '市应急管理局', ''],
      ),
    );
    expect(blocks.slice(13)).toEqual([
      para('附件：安全生产大检查工作清单'),
      para('XX市人民政府办公室'),
      para('2025年7月3日'),
      para('（此件公开发布）'),
    ]);
  });
});

describe('parseBlocks: lists', () => {
  it('reads -, * and + bullets and 1. / 1) numbers', () => {
    expect(parseBlocks('- a\n* b\n+ c\n\n1. one\n2) two')).toEqual([list(false, [0, 'a'], [0, 'b'], [0, 'c']), list(true, [0, 'one'], [0, 'two'])]);
  });

  it('nests by indentation with tabs or spaces, one level at a time', () => {
    expect(parseBlocks('- a\n\t- b\n\t\t- c\n            - d\n  - e\n- f')).toEqual([
      list(false, [0, 'a'], [1, 'b'], [2, 'c'], [3, 'd'], [1, 'e'], [0, 'f']),
    ]);
    expect(parseBlocks('- a\n        - jumps three levels')).toEqual([list(false, [0, 'a'], [1, 'jumps three levels'])]);
  });

  it('keeps nested items of the other kind in the list and splits on a top-level change of kind', () => {
    expect(parseBlocks('1. step\n   - detail\n2. step\n- bullet')).toEqual([
      list(true, [0, 'step'], [1, 'detail'], [0, 'step']),
      list(false, [0, 'bullet']),
    ]);
  });

  it('continues a list across blank lines and appends indented lines to the item', () => {
    expect(parseBlocks('1. **Scope**\n\n   The work covers A.\n\n2. Budget\n   within limits')).toEqual([
      { type: 'list', ordered: true, items: [{ level: 0, content: [b('Scope'), t(' The work covers A.')] }, { level: 0, content: [t('Budget within limits')] }] },
    ]);
    expect(parseBlocks('- 第一项\n  补充说明')).toEqual([list(false, [0, '第一项补充说明'])]);
  });

  it('reads a line indented with 　　 after a list as a new 公文 paragraph', () => {
    expect(parseBlocks('- 第一项\n\n　　为进一步做好工作，现通知如下。')).toEqual([list(false, [0, '第一项']), para('为进一步做好工作，现通知如下。')]);
  });

  it('joins a hard-wrapped English item with its next line', () => {
    expect(parseBlocks('- We will meet\non Monday.\n- Next')).toEqual([list(false, [0, 'We will meet on Monday.'], [0, 'Next'])]);
  });

  it('ends a list at an unindented line, a rule, or a top-level 1. after 2.', () => {
    expect(parseBlocks('- a\nAfter\n- b\n---\n- c')).toEqual([list(false, [0, 'a']), para('After'), list(false, [0, 'b']), list(false, [0, 'c'])]);
    expect(parseBlocks('1. a\n2. b\n\n1. c')).toEqual([list(true, [0, 'a'], [0, 'b']), list(true, [0, 'c'])]);
  });

  it('yields nothing for an empty marker', () => {
    expect(parseBlocks('-\n1.\n* ')).toEqual([]);
    expect(parseBlocks('- a\n-\n- b')).toEqual([list(false, [0, 'a'], [0, 'b'])]);
  });

  it('reads item text literally after the marker', () => {
    expect(parseBlocks('- # not a heading\n- - dash\n1. 2) two')).toEqual([list(false, [0, '# not a heading'], [0, '- dash']), list(true, [0, '2) two'])]);
  });

  it('parses an English e-mail with a nested list and 1) numbering', () => {
    expect(parseBlocks(ENGLISH_EMAIL)).toEqual([
      para('Dear Ms. Chen,'),
      para('Thank you for meeting with us on 3 June. As discussed, we would like to confirm the following points:'),
      {
        type: 'list',
        ordered: false,
        items: [
          { level: 0, content: [t('Delivery of '), b('all 40 units'), t(' by 30 June.')] },
          { level: 0, content: [t('Payment within '), i('30 days'), t(' of invoice.')] },
          { level: 1, content: [t('Early payment discount: 2%.')] },
        ],
      },
      para('Next steps:'),
      list(true, [0, 'We send the revised contract.'], [0, 'You confirm the delivery address.']),
      para('Best regards,'),
      para('John Smith'),
      para('Procurement Office'),
    ]);
  });
});

describe('parseBlocks: tables', () => {
  it('reads a header row, a separator with alignment colons, and body rows', () => {
    expect(parseBlocks('| a | b |\n|:---|---:|\n| 1 | 2 |')).toEqual([table(true, ['a', 'b'], ['1', '2'])]);
  });

  it('pads ragged rows with empty cells', () => {
    expect(parseBlocks('| a | b | c |\n| --- |\n| 1 |\n| 1 | 2 | 3 | 4 |')).toEqual([
      table(true, ['a', 'b', 'c', ''], ['1', '', '', ''], ['1', '2', '3', '4']),
    ]);
  });

  it('has no header without a separator, and drops separators elsewhere', () => {
    expect(parseBlocks('| a | b |\n| c | d |')).toEqual([table(false, ['a', 'b'], ['c', 'd'])]);
    expect(parseBlocks('| --- | --- |\n| a | b |\n| c | d |\n| --- | --- |')).toEqual([table(false, ['a', 'b'], ['c', 'd'])]);
  });

  it('reads rows without outer pipes when a separator follows the header', () => {
    expect(parseBlocks('名称 | 数量\n--- | ---\n纸 | 10\n\n正文')).toEqual([table(true, ['名称', '数量'], ['纸', '10']), para('正文')]);
    expect(parseBlocks('A | B testing is fun')).toEqual([para('A | B testing is fun')]);
  });

  it('keeps empty cells, parses emphasis in cells and ends the table at a blank line', () => {
    expect(parseBlocks('| **a** |  | c |\n\n| d |')).toEqual([
      { type: 'table', header: false, rows: [[[b('a')], [], [t('c')]]] },
      table(false, ['d']),
    ]);
  });

  it('turns <br> in a cell into a space so two names stay two names', () => {
    expect(parseBlocks('| 人员 |\n| --- |\n| 张三<br>李四 |')).toEqual([table(true, ['人员'], ['张三 李四'])]);
  });
});

describe('parseBlocks: inline emphasis', () => {
  it('reads **bold**, __bold__, *italic*, _italic_ and ***both***', () => {
    expect(parseBlocks('**a** __b__ *c* _d_ ***e***')).toEqual([para(b('a'), ' ', b('b'), ' ', i('c'), ' ', i('d'), ' ', bi('e'))]);
  });

  it('nests italic inside bold and bold inside italic', () => {
    expect(parseBlocks('**bold *both* bold** *it __both__ it*')).toEqual([
      para(b('bold '), bi('both'), b(' bold'), ' ', i('it '), bi('both'), i(' it')),
    ]);
  });

  it('reads emphasis in Chinese text, where _ has no word boundaries to respect', () => {
    expect(parseBlocks('请**务必**按时提交_材料_。')).toEqual([para('请', b('务必'), '按时提交', i('材料'), '。')]);
  });

  it('leaves unmatched markers, snake_case, multiplication and spaced stars literal', () => {
    expect(parseBlocks('**open and snake_case_name and 3*4*5 and a * b * c and 2 ** 3')).toEqual([
      para('**open and snake_case_name and 3*4*5 and a * b * c and 2 ** 3'),
    ]);
    expect(parseBlocks('*a **b* c**')).toEqual([para(i('a **b'), ' c**')]);
  });

  it('keeps touching spans as separate runs', () => {
    expect(parseBlocks('**a**__b__')).toEqual([para(b('a'), b('b'))]);
  });

  it('reads no escapes, links or code: they stay as written', () => {
    expect(parseBlocks('\\*x\\* [site](http://x.test) `code` &amp;')).toEqual([para('\\', i('x\\'), ' [site](http://x.test) `code` &amp;')]);
  });
});

describe('parseBlocks: what models add anyway', () => {
  it('drops a markdown wrapper fence and parses its content', () => {
    expect(parseBlocks('```markdown\n# Title\n- a\n```')).toEqual([heading(1, 'Title'), list(false, [0, 'a'])]);
    expect(parseBlocks('```\n正文\n```')).toEqual([para('正文')]);
  });

  it('keeps code lines verbatim as paragraphs, markers and all, even unclosed', () => {
    expect(parseBlocks('```python\n# comment\nx = a*b*c\n\n- not a list\n```\nafter')).toEqual([
      para('# comment'),
      para('x = a*b*c'),
      para('- not a list'),
      para('after'),
    ]);
    expect(parseBlocks('~~~js\n**x**')).toEqual([para('**x**')]);
  });

  it('drops formatting tags and keeps every other tag as literal text', () => {
    expect(parseBlocks('<p>Hello <b>there</b>, <span style="color:red">red</span></p>')).toEqual([para('Hello there, red')]);
    expect(parseBlocks('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toEqual([para('<script>alert(1)</script> <img src=x onerror=alert(1)>')]);
    expect(parseBlocks('<<b>b>x<</b>/b>')).toEqual([para('x')]);
  });

  it('drops horizontal rules and quote markers', () => {
    expect(parseBlocks('a\n\n---\n***\n___\n===\n> Quoted.\n> > Twice\n>not a quote')).toEqual([
      para('a'),
      para('Quoted.'),
      para('Twice'),
      para('>not a quote'),
    ]);
  });

  it('reads a messy answer sensibly', () => {
    expect(parseBlocks(MESSY)).toEqual([
      heading(3, 'Summary'),
      para('Intro with bold tag and <script>alert("x")</script> and ', b('strong'), ' text.'),
      { type: 'list', ordered: false, items: [{ level: 0, content: [t('level one')] }, { level: 1, content: [t('level two '), i('note')] }, { level: 2, content: [t('level three')] }, { level: 0, content: [t('back to one')] }] },
      table(true, ['Name', 'Value'], ['a b', '1'], ['only one cell', '']),
      para('quoted line'),
      heading(4, 'Four'),
      heading(4, 'Five'),
      para('def f(**kwargs):'),
      para('# comment'),
    ]);
  });

  it('never throws, whatever it is given', () => {
    const odd = ['\u0000'.repeat(10), '|'.repeat(1000), '*'.repeat(10000), '<'.repeat(5000) + 'b>'.repeat(5000), '\ud800 lone surrogate', '#'.repeat(100), ' - '.repeat(500)];
    for (const text of odd) expect(() => parseBlocks(text)).not.toThrow();
    expect(() => parseBlocks(undefined as unknown as string)).not.toThrow();
    expect(parseBlocks(42 as unknown as string)).toEqual([para('42')]);
  });
});
