/**
 * The preview's reply window: what Outlook's reply and reply-all forms would hold. Recipients
 * follow Outlook's rules (reply: the sender; reply all: the sender and the other recipients,
 * never yourself), the subject gets the usual prefix, and the body is the same htmlBody the real
 * adapter would pass, shown as DOM built from the blocks.
 */
import type { Block } from '../../src/core/blocks/types.js';
import type { MailAddress } from '../../src/core/email/types.js';
import { pickLocale } from '../../src/core/i18n/locale.js';
import { replyBody } from './outlook-body.js';
import { addressLine, el, formatDate, mountSampleBody, part, PART } from './preview-outlook-dom.js';
import { PREVIEW_ME, type MailSample } from './preview-outlook-samples.js';
import { renderBlocks } from './preview-render.js';
import type { OpenReplyResult } from './types.js';

/** 答复: in a Chinese Outlook, RE: in an English one; an existing prefix is not doubled. */
export function replySubject(subject: string, locale: string | undefined): string {
  if (/^\s*(re|aw|答复|回复)\s*[:：]/i.test(subject)) return subject;
  return `${pickLocale(locale) === 'zh-CN' ? '答复: ' : 'RE: '}${subject}`;
}

const same = (a: MailAddress, b: MailAddress) => a.address.toLowerCase() === b.address.toLowerCase();

function unique(list: readonly MailAddress[], except: readonly MailAddress[]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list) if (!except.some((e) => same(a, e)) && !out.some((o) => same(a, o))) out.push(a);
  return out;
}

export function replyRecipients(sample: MailSample, all: boolean, me: MailAddress = PREVIEW_ME): { to: MailAddress[]; cc: MailAddress[] } {
  if (!all) return { to: [sample.from], cc: [] };
  const to = unique([sample.from, ...sample.to], [me]);
  return { to, cc: unique(sample.cc, [me, ...to]) };
}

/** Fills and shows the reply window inside `stage`; the caller checked it is in read mode. */
export function showReplyWindow(stage: HTMLElement, sample: MailSample, blocks: Block[], all: boolean, locale: string | undefined): OpenReplyResult {
  const win = part(stage, PART.replyWindow);
  const draft = part(stage, PART.replyDraft);
  const quoted = part(stage, PART.replyQuoted);
  if (!win || !draft || !quoted) throw new Error('the Outlook preview has no reply window');
  const d = stage.ownerDocument;
  const { to, cc } = replyRecipients(sample, all);
  const body = replyBody(blocks, pickLocale(locale));

  part(stage, PART.replyKind)!.textContent = all ? '全部答复 Reply all' : '答复 Reply';
  part(stage, PART.replyTo)!.textContent = addressLine(to);
  part(stage, PART.replyCc)!.textContent = addressLine(cc);
  part(stage, PART.replySubject)!.textContent = replySubject(sample.subject, locale);
  draft.replaceChildren(renderBlocks(d, body.blocks, false));
  if (body.note) draft.append(el(d, 'p', {}, el(d, 'em', {}, body.note)));

  // Outlook quotes the message being answered below the new text.
  const original = el(d, 'div', { class: 'mail-body' });
  mountSampleBody(original, sample);
  quoted.replaceChildren(
    el(
      d,
      'p',
      { class: 'quoted-header' },
      `发件人 From: ${addressLine([sample.from])}`,
      el(d, 'br'),
      `发送时间 Sent: ${formatDate(sample.date, locale)}`,
      el(d, 'br'),
      `收件人 To: ${addressLine(sample.to)}`,
      el(d, 'br'),
      `主题 Subject: ${sample.subject}`,
    ),
    original,
  );

  win.hidden = false;
  win.scrollIntoView?.({ block: 'start' });
  return { trimmed: body.trimmed };
}
