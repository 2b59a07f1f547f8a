import { ThinkFilter } from '../../../src/server/model/think-filter.js';

function run(chunks: string[]): string {
  const f = new ThinkFilter();
  return chunks.map((c) => f.push(c)).join('') + f.flush();
}

describe('ThinkFilter', () => {
  it('removes a think block and the blank lines after it', () => {
    expect(run(['<think>plan the answer</think>\n\n尊敬的客户：'])).toBe('尊敬的客户：');
  });

  it('removes tags split across chunks at every position', () => {
    const input = 'Hi <think>secret</think>there';
    for (let i = 1; i < input.length; i++) {
      for (let j = i + 1; j < input.length; j++) {
        expect(run([input.slice(0, i), input.slice(i, j), input.slice(j)])).toBe('Hi there');
      }
    }
  });

  it('yields nothing for a stream that only thinks', () => {
    expect(run(['<think>', 'still thinking', '…'])).toBe('');
  });

  it('keeps text that only looks like the start of a tag', () => {
    expect(run(['a <', 'b> and <thin', 'g>'])).toBe('a <b> and <thing>');
    expect(run(['ends with <thi'])).toBe('ends with <thi');
  });

  it('keeps spacing inside the text after a think block', () => {
    expect(run(['<think>x</think>', '  ', '\n', 'Dear team,\n\n', 'thanks'])).toBe('Dear team,\n\nthanks');
  });
});
