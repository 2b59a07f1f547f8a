/**
 * blocksToMarkdownish is the way back to editable text: parse(serialize(parse(x))) deep-equals
 * parse(x), for the drafts and for random text built from every marker the parser knows.
 */
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { blocksToMarkdownish } from '../../../src/core/blocks/serialize.js';
import { picker, seeded } from '../diff/random.js';
import { ENGLISH_EMAIL, MESSY, OFFICIAL_NOTICE } from './fixtures.js';

function expectStable(text: string): void {
  const once = parseBlocks(text);
  const written = blocksToMarkdownish(once);
  const twice = parseBlocks(written);
  if (JSON.stringify(twice) !== JSON.stringify(once)) {
    // Show the failing input, not only the trees.
    expect({ text, written, twice }).toEqual({ text, written, twice: once });
  }
  expect(blocksToMarkdownish(twice)).toBe(written);
}

const STRUCTURE = ['# ', '## ', '##### ', '- ', '* ', '+ ', '1. ', '2) ', '  - ', '    1. ', '\t- ', '| ', ' | ', '|', '| --- |', '---', '> ', '```', '```py', '~~~', '一、', '（一）', '1.', '　　'];
const INLINE = ['a', 'B', '1', '2', ' ', ' ', '*', '**', '***', '_', '__', '中', '文', '，', '。', '.', ':', '<b>', '</b>', '<br>', '<script>', '&amp;', '#', '|', '`', '\\'];

function randomDraft(random: () => number): string {
  const pick = picker(random);
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 10);
  for (let line = 0; line < count; line += 1) {
    let text = random() < 0.5 ? pick(STRUCTURE) : '';
    const length = Math.floor(random() * 10);
    for (let k = 0; k < length; k += 1) text += random() < 0.1 ? pick(STRUCTURE) : pick(INLINE);
    lines.push(text);
  }
  return lines.join(pick(['\n', '\n', '\n\n', '\r\n']));
}

function randomInline(random: () => number): string {
  const pick = picker(random);
  let text = '';
  const length = 1 + Math.floor(random() * 24);
  for (let k = 0; k < length; k += 1) text += pick(['a', 'b', '1', ' ', '*', '**', '***', '_', '__', '中', '，', '.']);
  return text;
}

describe('round trip through blocksToMarkdownish', () => {
  it.each(Object.entries({ OFFICIAL_NOTICE, ENGLISH_EMAIL, MESSY }))('is stable for %s', (_name, draft) => {
    expectStable(draft);
  });

  it('is stable for random drafts mixing every block marker', () => {
    const random = seeded(20250703);
    for (let n = 0; n < 3000; n += 1) expectStable(randomDraft(random));
  });

  it('is stable for random marker-heavy inline text', () => {
    const random = seeded(7);
    for (let n = 0; n < 5000; n += 1) expectStable(randomInline(random));
  });

  it('is stable for every prefix of a draft', () => {
    const points = [...MESSY];
    for (let cut = 0; cut <= points.length; cut += 1) expectStable(points.slice(0, cut).join(''));
  });
});
