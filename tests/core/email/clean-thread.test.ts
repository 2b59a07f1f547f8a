import { cleanThread } from '../../../src/core/email/clean.js';
import { estimateTokens } from '../../../src/core/email/tokens.js';
import type { MailMessage } from '../../../src/core/email/types.js';
import { ALL_CASES, gmailChain, outlookChinese, outlookEnglish, type ThreadCase } from './threads.js';

const ROOMY = 4000;

/** The digest line's author: the text before its first colon. */
function digestAuthors(digest: string[]): string[] {
  return digest.map((line) => line.split(/[:：]/)[0]!);
}

describe('cleanThread on mails from the common clients', () => {
  it.each(ALL_CASES.map((c) => [c.name, c] as [string, ThreadCase]))('%s: keeps the newest message whole and nothing else', (_name, c) => {
    const thread = cleanThread(c.message, { budgetTokens: ROOMY });
    for (const sentence of [...c.kept, ...c.questions]) expect(thread.newest).toContain(sentence);
    for (const text of c.gone) expect(thread.newest).not.toContain(text);
    expect(thread.trimmed).toBe(false);
  });

  it.each(ALL_CASES.map((c) => [c.name, c] as [string, ThreadCase]))('%s: lists every question of the newest message verbatim', (_name, c) => {
    const thread = cleanThread(c.message, { budgetTokens: ROOMY });
    expect(thread.questions).toEqual(c.questions);
  });

  it.each(ALL_CASES.map((c) => [c.name, c] as [string, ThreadCase]))('%s: digests each earlier turn in one line, oldest first', (_name, c) => {
    const thread = cleanThread(c.message, { budgetTokens: ROOMY });
    expect(digestAuthors(thread.digest)).toEqual(c.digestWho);
    for (const line of thread.digest) {
      expect(line).not.toContain('\n');
      expect(line.length).toBeLessThan(240);
    }
  });

  it.each(ALL_CASES.map((c) => [c.name, c] as [string, ThreadCase]))('%s: writes the reply in the language of the newest message', (_name, c) => {
    expect(cleanThread(c.message, { budgetTokens: ROOMY }).language).toBe(c.language);
  });

  it('gives each digest line the gist of its turn without greeting, signature or notice', () => {
    const thread = cleanThread(outlookEnglish.message, { budgetTokens: ROOMY });
    const [first, second] = thread.digest;
    // The older turn keeps its whole first sentence rather than a clipped pair.
    expect(first).toBe('David Clarke: Our engineers want the A4-70 grade instead of A2.');
    expect(second).toContain('revised quotation Q-2291');
    for (const line of thread.digest) {
      expect(line).not.toMatch(/Hi Priya|Dear David|Kind regards|CONFIDENTIALITY|\+44/);
    }
  });

  it('joins lines that Gmail wrapped, so a quoted sentence reads whole in the digest', () => {
    const body = [
      'Great, we will take it.',
      '',
      'On Tue, Mar 12, 2024 at 3:05 PM Sarah Okafor <sarah.okafor@lakeside-events.example>',
      'wrote:',
      '',
      '> Hi Tom,',
      '>',
      '> Yes. The Willow Room on the ground floor is free that day and',
      '> seats 40.',
      '>',
      '> Best,',
      '> Sarah',
    ].join('\n');
    const thread = cleanThread({ subject: 'Re: Venue', to: [], cc: [], bodyText: body }, { budgetTokens: ROOMY });
    // Unjoined, the line would stop at "… free that day and".
    expect(thread.digest).toEqual(['Sarah Okafor: Yes. The Willow Room on the ground floor is free that day and seats 40.']);
    expect(cleanThread(gmailChain.message, { budgetTokens: ROOMY }).digest[1]).toMatch(/^Sarah Okafor: Unfortunately the main hall is booked on the 18th\./);
  });

  it('reports the sender and the subject, and counts the tokens of what it returns', () => {
    const thread = cleanThread(outlookChinese.message, { budgetTokens: ROOMY });
    expect(thread.sender).toBe('刘建国');
    expect(thread.subject).toBe(outlookChinese.message.subject);
    expect(thread.tokens).toBe(estimateTokens([thread.newest, ...thread.digest].join('\n')));
  });

  it('drops "external sender" banners and inline-image placeholders, also from quoted turns', () => {
    const body = [
      'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.',
      '',
      'Hi Ana,',
      '',
      'The pallets left Ningbo today. Can you book the customs broker?',
      '',
      '[cid:image001.png@01DA8B2C.5F3E1A20]',
      '',
      '发件人: 王强 <wangq@example.cn>',
      '发送时间: 2024年5月6日 9:30',
      '收件人: Ana Ruiz <ana@example.com>',
      '主题: 出货',
      '',
      '【外部邮件】请谨慎点击链接或打开附件。',
      '',
      'Ana，货物预计本周出运。[image: logo]',
    ].join('\n');
    const thread = cleanThread({ subject: 'Shipment', to: [], cc: [], bodyText: body }, { budgetTokens: ROOMY });
    expect(thread.newest).toBe('Hi Ana,\n\nThe pallets left Ningbo today. Can you book the customs broker?');
    expect(thread.digest).toEqual(['王强: Ana，货物预计本周出运。']);
  });

  it('reads the plain text when there is no HTML body', () => {
    const message: MailMessage = { subject: 'Hi', to: [], cc: [], bodyText: 'Are you in the office tomorrow?\n\nSent from my iPhone' };
    const thread = cleanThread(message, { budgetTokens: ROOMY });
    expect(thread.newest).toBe('Are you in the office tomorrow?');
    expect(thread.sender).toBeUndefined();
  });
});

/** A long newest message: filler paragraphs around questions, on top of a quoted history. */
function longThread(): { message: MailMessage; questions: string[] } {
  const filler = (n: number) =>
    `Paragraph ${n}: the site survey covered the loading bay, the racking layout and the fire exits in the north wing, and the notes are in the shared folder.`;
  const questions = ['Can you confirm the racking supplier by Thursday?', 'Would the north wing be free for the audit on 3 May?'];
  const body = [
    'Hi Jordan,',
    ...Array.from({ length: 12 }, (_, i) => filler(i + 1)),
    questions[0],
    ...Array.from({ length: 12 }, (_, i) => filler(i + 13)),
    questions[1],
    ...Array.from({ length: 6 }, (_, i) => filler(i + 25)),
    'Thanks for pulling this together so quickly.',
  ].join('\n\n');
  const names = ['Ana Silva', 'Ben Okoro', 'Chloe Martin', 'Dev Patel', 'Eva Novak', 'Femi Adeyemi'];
  const history = names
    .map((name, i) => `\n\nOn Mon, Apr ${8 + i}, 2024 at 9:0${i} AM ${name} <p${i}@example.com> wrote:\n> Update ${i}: the pallets for phase ${i} arrived and were checked against the packing list.\n> Everything matched.`)
    .join('');
  return { message: { subject: 'Warehouse survey', to: [], cc: [], bodyText: body + history }, questions };
}

describe('cleanThread on a long thread', () => {
  it('gives the four turns before the newest message a short line each, oldest first, and counts the rest', () => {
    const { message } = longThread();
    const full = cleanThread(message, { budgetTokens: 100_000 });
    expect(full.digest[0]).toBe('(2 earlier messages not shown)');
    expect(digestAuthors(full.digest.slice(1))).toEqual(['Dev Patel', 'Chloe Martin', 'Ben Okoro', 'Ana Silva']);
    expect(full.trimmed).toBe(false);
    // About 100 characters with the name: the turn the newest message answers gets the most.
    const widths = full.digest.slice(1).map((line) => line.length - line.indexOf(': ') - 2);
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
    expect(widths.at(-1)).toBe(Math.max(...widths));
    expect(full.digest.at(-1)).toMatch(/^Ana Silva: Update 0: the pallets for phase 0 arrived/);
  });

  it('counts the earlier turns it leaves out in the language of the thread', () => {
    const turn = (i: number) =>
      [
        '',
        `发件人: 同事${i} <c${i}@example.cn>`,
        `发送时间: 2024年5月${10 - i}日 9:30`,
        '收件人: 王强 <wangq@example.cn>',
        '主题: 出货',
        '',
        `王经理：第${i}批货物已经装箱，预计明天出运，请安排报关。`,
      ].join('\n');
    const body = ['王经理：', '', '请问报关资料是否已经齐全？', ...[1, 2, 3, 4, 5, 6, 7].map(turn)].join('\n');
    const thread = cleanThread({ subject: '出货', to: [], cc: [], bodyText: body }, { budgetTokens: ROOMY });
    expect(thread.language).toBe('zh-CN');
    expect(thread.digest[0]).toBe('（更早的 3 封略）');
    expect(digestAuthors(thread.digest.slice(1))).toEqual(['同事4', '同事3', '同事2', '同事1']);
    expect(thread.digest.at(-1)).toBe('同事1：第1批货物已经装箱，预计明天出运，请安排报关。');
  });
});

describe('cleanThread within a token budget', () => {
  it('drops digest lines, oldest first, into the count of turns not shown, before touching the newest message', () => {
    const { message } = longThread();
    const full = cleanThread(message, { budgetTokens: 100_000 });
    const shorter = ['(3 earlier messages not shown)', ...full.digest.slice(2)];
    const budget = estimateTokens([full.newest, ...shorter].join('\n'));
    const fitted = cleanThread(message, { budgetTokens: budget });
    expect(fitted.trimmed).toBe(true);
    expect(fitted.newest).toBe(full.newest);
    expect(fitted.digest).toEqual(shorter);
    expect(fitted.tokens).toBeLessThanOrEqual(budget);
  });

  it('then cuts the newest message from the middle, keeping its start, its end and every question', () => {
    const { message, questions } = longThread();
    const full = cleanThread(message, { budgetTokens: 100_000 });
    const budget = Math.round(estimateTokens(full.newest) / 2);
    const fitted = cleanThread(message, { budgetTokens: budget });
    expect(fitted.trimmed).toBe(true);
    expect(fitted.digest).toEqual([]);
    expect(fitted.tokens).toBeLessThanOrEqual(budget);
    for (const q of questions) expect(fitted.newest).toContain(q);
    expect(fitted.questions).toEqual(questions);
    expect(fitted.newest.startsWith('Hi Jordan,')).toBe(true);
    expect(fitted.newest.endsWith('Thanks for pulling this together so quickly.')).toBe(true);
    expect(fitted.newest).toContain('[…]');
    expect(fitted.newest).not.toContain('Paragraph 15:'); // the middle went first
  });

  it('keeps every question even when they alone are over the budget', () => {
    const { message, questions } = longThread();
    const fitted = cleanThread(message, { budgetTokens: 5 });
    expect(fitted.trimmed).toBe(true);
    for (const q of questions) expect(fitted.newest).toContain(q);
    expect(fitted.newest).not.toContain('Paragraph');
  });

  it('copes with a huge body that has neither line breaks nor punctuation', () => {
    // Patterns that rescan from every position would take minutes on this; the clean-up is linear.
    const body = `${'a'.repeat(200_000)} from@example.com ${'b'.repeat(200_000)}`;
    const fitted = cleanThread({ subject: 'x', to: [], cc: [], bodyText: body }, { budgetTokens: 500 });
    expect(fitted.trimmed).toBe(true);
    expect(fitted.tokens).toBeLessThanOrEqual(500);
  });

  it('cuts a Chinese message with no line breaks at all', () => {
    const sentence = '本次采购涉及三个批次的原材料，质检部门已经完成了抽样检测，各项指标均符合合同约定。';
    const question = '请问贵司能否在五月十日前完成第二批次的交付？';
    const body = sentence.repeat(30) + question + sentence.repeat(30);
    const fitted = cleanThread({ subject: '交付', to: [], cc: [], bodyText: body }, { budgetTokens: 400 });
    expect(fitted.trimmed).toBe(true);
    expect(fitted.tokens).toBeLessThanOrEqual(400);
    expect(fitted.newest).toContain(question);
    expect(fitted.questions).toEqual([question]);
  });
});
