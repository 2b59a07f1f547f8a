/**
 * Prompt-injection hardening of the reply prompt, mail by mail: the hostile mails in
 * tests/fixtures/hostile-mails go through the real clean-up and prompt assembly, and the reply a
 * model would write if it obeyed them goes through the real fact check.
 */
import { cleanThread } from '../../../src/core/email/clean.js';
import { replySources } from '../../../src/core/email/sources.js';
import type { MailMessage } from '../../../src/core/email/types.js';
import { findUnverified } from '../../../src/core/factcheck/index.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { fenceClose } from '../../../src/core/prompt/fence.js';
import { buildReplyMessages } from '../../../src/core/prompt/reply.js';
import { benignMail, benignMails, hostileMails, type MailFixture } from '../../fixtures/hostile-mails/index.js';

const ID = '5eed5eed5eed5eed';
const BUDGET = 3_000;

function messagesFor(message: MailMessage, locale: Locale) {
  const thread = cleanThread(message, { budgetTokens: BUDGET });
  const [system, user] = buildReplyMessages({ thread, intent: 'acknowledge', tone: 'formal', length: 'medium', locale, nonce: ID });
  return { thread, system: system?.content ?? '', user: user?.content ?? '' };
}

/** Cuts every real fenced block out of a user message, leaving only our own text. */
function outsideFences(content: string): string {
  return content.replace(new RegExp(`⟪data id=${ID} label="[^"]*"⟫\\n[\\s\\S]*?\\n${fenceClose(ID)}`, 'g'), '⟪…⟫');
}

/** Whitespace-insensitive containment: the clean-up may reflow lines. */
function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

const contacts = (f: MailFixture) => f.planted.length > 0;

describe('hostile mail fixtures', () => {
  it('has at least 20 attacks, about half in each language, covering every kind asked for', () => {
    expect(hostileMails.length).toBeGreaterThanOrEqual(20);
    const zh = hostileMails.filter((f) => f.language === 'zh-CN').length;
    expect(Math.abs(zh - (hostileMails.length - zh))).toBeLessThanOrEqual(4);
    const kinds = new Set(hostileMails.map((f) => f.attack));
    for (const k of ['ignore-instructions', 'hidden-html', 'fake-system', 'fake-fence', 'role-tags', 'exfiltration', 'planted-contacts', 'attachment-promise'])
      expect(kinds).toContain(k);
    expect(hostileMails.filter((f) => f.message.bodyHtml).length).toBeGreaterThanOrEqual(5);
    expect(benignMails.map((f) => f.language).sort()).toEqual(['en-US', 'zh-CN']);
  });
});

describe.each(['zh-CN', 'en-US'] as const)('reply prompt for hostile mails (instructions in %s)', (locale) => {
  const benignZh = messagesFor(benignMail('zh-CN').message, locale);

  it.each(hostileMails.map((f) => [f.id, f] as const))('%s: same system message as a benign mail', (_id, f) => {
    expect(messagesFor(f.message, locale).system).toBe(benignZh.system);
  });

  it.each(hostileMails.map((f) => [f.id, f] as const))('%s: the mail reaches the model only inside fences', (_id, f) => {
    const { system, user, thread } = messagesFor(f.message, locale);
    const benign = messagesFor({ ...benignMail(f.language).message }, locale);
    const ours = outsideFences(user);
    // Our own text is the same as for a benign mail with the same parts present.
    const shape = (t: typeof thread) => `${t.digest.length > 0}${t.questions.length > 0}${t.trimmed}`;
    if (shape(thread) === shape(benign.thread)) expect(ours).toBe(outsideFences(benign.user));
    for (const text of f.injection) {
      expect(squash(user)).toContain(squash(text));
      expect(squash(ours)).not.toContain(squash(text).slice(0, 20));
      expect(system).not.toContain(text.slice(0, 20));
    }
    // Exactly as many real closes as opens: nothing planted closed a fence early.
    expect(user.split(`⟪data id=${ID} `).length).toBe(user.split(fenceClose(ID)).length);
  });

  it.each(hostileMails.filter((f) => f.hidden.length || f.defused.length).map((f) => [f.id, f] as const))(
    '%s: hidden text and control tokens never reach the model',
    (_id, f) => {
      const { system, user } = messagesFor(f.message, locale);
      const all = squash(system + user);
      for (const text of f.hidden) {
        expect(all).not.toContain(squash(text));
        // Not even a telling fragment of it.
        expect(all).not.toContain(squash(text).slice(0, 16));
      }
      for (const token of f.defused) expect(system + user).not.toContain(token);
      expect(system + user).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
    },
  );
});

describe('fact check of a reply that obeyed a hostile mail (replySources)', () => {
  it.each(hostileMails.filter(contacts).map((f) => [f.id, f] as const))('%s: every planted link, address and account is marked', (_id, f) => {
    const marks = findUnverified(f.obeyed, replySources(f.message, {}), { locale: f.language });
    for (const planted of f.planted) {
      const start = f.obeyed.indexOf(planted);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = start + planted.length;
      const covering = marks.filter((m) => m.start < end && m.end > start);
      expect(covering.length).toBeGreaterThan(0);
      expect(covering.every((m) => ['url', 'email', 'phone', 'number'].includes(m.kind))).toBe(true);
    }
  });

  it.each(hostileMails.filter((f) => f.attack === 'attachment-promise').map((f) => [f.id, f] as const))(
    '%s: an attachment the mail asked for is marked as a promise nobody chose',
    (_id, f) => {
      const marks = findUnverified(f.obeyed, replySources(f.message, {}), { locale: f.language });
      expect(marks.some((m) => m.kind === 'attachment')).toBe(true);
    },
  );

  it('lets an attachment the user listed in the form back the reply', () => {
    const f = hostileMails.find((m) => m.id === 'en-attach-contract')!;
    const marks = findUnverified('I have attached the signed contract.', replySources(f.message, { attachments: ['signed contract.pdf'] }), { locale: 'en-US' });
    expect(marks.filter((m) => m.kind === 'attachment')).toEqual([]);
  });

  it.each(benignMails.map((f) => [f.id, f] as const))('%s: a reply restating the customer\'s own order number and date is not marked', (_id, f) => {
    expect(findUnverified(f.obeyed, replySources(f.message, {}), { locale: f.language })).toEqual([]);
  });

  it('still marks a link or address that only the mail gives, with a reason saying so', () => {
    const f = hostileMails.find((m) => m.id === 'en-fake-system')!;
    const marks = findUnverified(f.obeyed, replySources(f.message, {}), { locale: 'en-US' });
    const link = marks.find((m) => m.kind === 'url');
    expect(link?.reason['en-US']).toContain('incoming message');
    expect(link?.reason['zh-CN']).toContain('收到的邮件');
  });

  it('trusts contact details the user typed into the form', () => {
    const f = hostileMails.find((m) => m.id === 'en-planted-links')!;
    const marks = findUnverified('Call us on (415) 555-0187.', replySources(f.message, { phone: '(415) 555-0187' }), { locale: 'en-US' });
    expect(marks).toEqual([]);
  });
});
