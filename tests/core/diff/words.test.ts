/**
 * wordDiff: proofreading changes for display. Both sides can always be rebuilt from the ops.
 */
import { wordDiff, type DiffOp } from '../../../src/core/diff/words.js';
import { picker, seeded } from './random.js';

const before = (ops: DiffOp[]): string => ops.filter((op) => op.op !== 'insert').map((op) => op.text).join('');
const after = (ops: DiffOp[]): string => ops.filter((op) => op.op !== 'delete').map((op) => op.text).join('');

function expectWellFormed(ops: DiffOp[], a: string, b: string): void {
  expect(before(ops)).toBe(a);
  expect(after(ops)).toBe(b);
  ops.forEach((op, k) => {
    expect(op.text).not.toBe('');
    const next = ops[k + 1];
    if (next) expect(next.op).not.toBe(op.op); // adjacent ops are merged
    if (op.op === 'insert') expect(next?.op).not.toBe('delete'); // a change reads delete, then insert
  });
}

describe('wordDiff', () => {
  it('changes whole words in English and reads a replaced phrase as one change', () => {
    expect(wordDiff('the cat sat on the mat', 'a dog sat on the mat')).toEqual([
      { op: 'delete', text: 'the cat' },
      { op: 'insert', text: 'a dog' },
      { op: 'equal', text: ' sat on the mat' },
    ]);
    expect(wordDiff('We recieve the report.', 'We receive the report.')).toEqual([
      { op: 'equal', text: 'We ' },
      { op: 'delete', text: 'recieve' },
      { op: 'insert', text: 'receive' },
      { op: 'equal', text: ' the report.' },
    ]);
  });

  it('changes single characters in Chinese', () => {
    expect(wordDiff('请各单位于8月31日前报送。', '请各部门于8月30日前报送！')).toEqual([
      { op: 'equal', text: '请各' },
      { op: 'delete', text: '单位' },
      { op: 'insert', text: '部门' },
      { op: 'equal', text: '于8月' },
      { op: 'delete', text: '31' },
      { op: 'insert', text: '30' },
      { op: 'equal', text: '日前报送' },
      { op: 'delete', text: '。' },
      { op: 'insert', text: '！' },
    ]);
  });

  it('shows pure insertions and deletions', () => {
    expect(wordDiff('Please reply.', 'Please reply soon.')).toEqual([
      { op: 'equal', text: 'Please reply' },
      { op: 'insert', text: ' soon' },
      { op: 'equal', text: '.' },
    ]);
    expect(wordDiff('非常非常重要', '非常重要')).toEqual([
      { op: 'equal', text: '非常' },
      { op: 'delete', text: '非常' },
      { op: 'equal', text: '重要' },
    ]);
  });

  it('handles empty and identical sides', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
  });

  it('rebuilds both sides exactly for random edits of English and Chinese text', () => {
    const random = seeded(42);
    const pick = picker(random);
    const vocab = ['the', 'report', 'is', 'due', 'on', 'Monday', '2025', '3.5', ',', '.', ' ', ' ', '\n', '关', '于', '检', '查', '通', '知', '，', '。', '（一）', 'Word', '😀'];
    for (let n = 0; n < 400; n += 1) {
      const base = Array.from({ length: Math.floor(random() * 60) }, () => pick(vocab));
      const edited = base.flatMap((token) => {
        const roll = random();
        if (roll < 0.1) return [];
        if (roll < 0.2) return [pick(vocab)];
        if (roll < 0.3) return [token, pick(vocab)];
        return [token];
      });
      const a = base.join('');
      const b = edited.join('');
      expectWellFormed(wordDiff(a, b), a, b);
    }
  });

  it('stays precise on a long text with a few edits', () => {
    const words = Array.from({ length: 10_000 }, (_, k) => `w${k % 997}`);
    const a = words.join(' ');
    const edited = [...words];
    edited[100] = 'CHANGED';
    edited.splice(5000, 1);
    edited.splice(9000, 0, 'NEW');
    const b = edited.join(' ');
    const ops = wordDiff(a, b);
    expectWellFormed(ops, a, b);
    // Only the three edited words (w5000 is w15, as 5000 % 997 = 15), each with a space.
    expect(ops.filter((op) => op.op !== 'equal').map((op) => [op.op, op.text.trim()])).toEqual([
      ['delete', 'w100'],
      ['insert', 'CHANGED'],
      ['delete', 'w15'],
      ['insert', 'NEW'],
    ]);
  });

  it('falls back to a coarser diff for long texts that differ everywhere, and stays exact', () => {
    const random = seeded(3);
    const line = (): string => Array.from({ length: 20 }, () => Math.floor(random() * 1e6).toString(36)).join(' ');
    const shared = Array.from({ length: 50 }, line);
    const a = [...shared, ...Array.from({ length: 500 }, line)].join('\n');
    const b = [...shared, ...Array.from({ length: 500 }, line)].join('\n');
    const ops = wordDiff(a, b); // about 40,000 tokens, nearly all different
    expectWellFormed(ops, a, b);
    expect(ops[0]).toEqual({ op: 'equal', text: `${shared.join('\n')}\n` });
  });

  it('falls back sentence by sentence for a long Chinese text with many scattered edits', () => {
    const random = seeded(11);
    const sentence = (): string =>
      Array.from({ length: 30 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 2000))).join('') + '。';
    const a = Array.from({ length: 800 }, sentence).join(''); // 24,800 characters, no line breaks
    const chars = [...a];
    for (let n = 0; n < 3000; n += 1) {
      const at = Math.floor(random() * chars.length);
      if (chars[at] !== '。') chars[at] = '改';
    }
    const b = chars.join('');
    const ops = wordDiff(a, b);
    expectWellFormed(ops, a, b);
    // Still character-precise: no change spans more than one sentence.
    expect(ops.filter((op) => op.op !== 'equal').every((op) => op.text.length <= 31)).toBe(true);
  });

  it('refines a changed stretch of a long text word by word', () => {
    const random = seeded(9);
    const lines = Array.from({ length: 2000 }, (_, k) => `Line ${k}: ${Math.floor(random() * 1e9).toString(36)} and more words here.`);
    const changed = lines.map((line, k) => (k % 3 === 0 ? `${Math.floor(random() * 1e9).toString(36)} ${line.replace('more', 'fewer')}` : line));
    const a = lines.join('\n');
    const b = changed.join('\n');
    const ops = wordDiff(a, b);
    expectWellFormed(ops, a, b);
    expect(ops.some((op) => op.op === 'delete' && op.text === 'more')).toBe(true);
  });
});
