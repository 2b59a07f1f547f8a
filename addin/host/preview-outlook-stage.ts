/**
 * The stand-in Outlook window beside the pane on /preview?host=outlook: a bar to switch mode and
 * sample, then either the sample message as the reading pane shows it (read mode, with a hidden
 * reply window that openReply fills) or a reply being written with an editable body (compose).
 */
import { el, addressLine, formatDate, mountSampleBody, PART } from './preview-outlook-dom.js';
import { MAIL_SAMPLES, PREVIEW_ME, type MailSample } from './preview-outlook-samples.js';
import { replySubject } from './preview-outlook-reply.js';

export type OutlookMode = 'read' | 'compose';

/** A link to this page with other query values, keeping ?lang= and ?theme=. */
function pageWith(d: Document, changes: Record<string, string>): string {
  const query = new URLSearchParams(d.location?.search ?? '');
  query.set('host', 'outlook');
  for (const [key, value] of Object.entries(changes)) query.set(key, value);
  return `?${query.toString()}`;
}

function bar(d: Document, mode: OutlookMode, sample: MailSample, locale: string | undefined): HTMLElement {
  const zh = !locale || locale.toLowerCase().startsWith('zh');
  const modeLink = (target: OutlookMode, label: string) =>
    el(d, 'a', { href: pageWith(d, { mode: target, message: sample.id }), ...(target === mode ? { 'aria-current': 'page' } : {}) }, label);
  const picker = el(d, 'select', { 'aria-label': '示例邮件 Sample message', 'data-wenshu': 'sample-picker' });
  for (const s of MAIL_SAMPLES) picker.append(el(d, 'option', { value: s.id, ...(s.id === sample.id ? { selected: '' } : {}) }, s.label[zh ? 'zh-CN' : 'en-US']));
  picker.addEventListener('change', () => {
    if (d.location) d.location.search = pageWith(d, { mode, message: picker.value });
  });
  return el(
    d,
    'div',
    { class: 'stage-bar' },
    el(d, 'strong', {}, '预览 Preview · Outlook'),
    el(d, 'nav', { class: 'modes', 'aria-label': '模式 Mode' }, modeLink('read', '阅读 Read'), modeLink('compose', '撰写 Compose')),
    el(d, 'label', { class: 'picker' }, '示例 Sample ', picker),
  );
}

function field(d: Document, label: string, value: string, part?: string): HTMLElement {
  return el(d, 'div', { class: 'field' }, el(d, 'span', { class: 'field-label' }, label), el(d, 'span', { class: 'field-value', ...(part ? { 'data-wenshu': part } : {}) }, value));
}

function readView(d: Document, sample: MailSample, locale: string | undefined): HTMLElement {
  const initial = Array.from(sample.from.name ?? sample.from.address)[0] ?? '?';
  const body = el(d, 'div', { class: 'mail-body', 'data-wenshu': PART.messageBody });
  mountSampleBody(body, sample);
  return el(
    d,
    'article',
    { class: 'message', 'aria-label': '邮件 Message' },
    el(d, 'h1', { class: 'subject', 'data-wenshu': PART.messageSubject }, sample.subject),
    el(
      d,
      'div',
      { class: 'header' },
      el(d, 'span', { class: 'avatar', 'aria-hidden': 'true' }, initial),
      el(
        d,
        'div',
        { class: 'people' },
        el(d, 'div', { class: 'sender' }, el(d, 'strong', {}, sample.from.name ?? sample.from.address), ` <${sample.from.address}>`),
        el(d, 'div', {}, `收件人 To: ${addressLine(sample.to)}`),
        sample.cc.length > 0 && el(d, 'div', {}, `抄送 Cc: ${addressLine(sample.cc)}`),
      ),
      el(d, 'time', { datetime: sample.date }, formatDate(sample.date, locale)),
    ),
    body,
  );
}

/** Filled by openReply. No Send button: only a note on who sends. */
function replyWindow(d: Document): HTMLElement {
  const close = el(d, 'button', { type: 'button', 'data-wenshu': PART.replyClose }, '关闭 Close');
  const win = el(
    d,
    'section',
    { class: 'reply', role: 'dialog', 'aria-label': '回复窗口 Reply window', 'data-wenshu': PART.replyWindow, hidden: '' },
    el(d, 'div', { class: 'reply-bar' }, el(d, 'strong', { 'data-wenshu': PART.replyKind }), close),
    field(d, '收件人 To', '', PART.replyTo),
    field(d, '抄送 Cc', '', PART.replyCc),
    field(d, '主题 Subject', '', PART.replySubject),
    el(d, 'div', { class: 'mail-body editable', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': '回复正文 Reply body', 'data-wenshu': PART.replyDraft }),
    el(d, 'div', { class: 'quoted', 'data-wenshu': PART.replyQuoted }),
    el(
      d,
      'p',
      { class: 'reply-note' },
      '这里没有“发送”按钮：文书从不发送邮件。在 Outlook 中，您会检查这封回复，再由您自己决定是否发送。',
      el(d, 'br'),
      'There is no Send button here: Wenshu never sends mail. In Outlook you would review this reply and send it yourself, or not.',
    ),
  );
  close.addEventListener('click', () => {
    win.hidden = true;
  });
  return win;
}

function composeView(d: Document, sample: MailSample, locale: string | undefined): HTMLElement {
  const body = el(d, 'div', {
    class: 'mail-body editable',
    contenteditable: 'true',
    spellcheck: 'false',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': '邮件正文 Message body',
    'data-wenshu': PART.composeBody,
  });
  for (const text of sample.draft) body.append(el(d, 'p', {}, text));
  return el(
    d,
    'article',
    { class: 'message compose', 'aria-label': '撰写邮件 New message' },
    field(d, '发件人 From', addressLine([PREVIEW_ME])),
    field(d, '收件人 To', addressLine([sample.from])),
    field(d, '主题 Subject', replySubject(sample.subject, locale)),
    body,
  );
}

/** Fills `stage` with the bar and the window for `mode`. */
export function mountOutlookStage(stage: HTMLElement, mode: OutlookMode, sample: MailSample, locale: string | undefined): void {
  const d = stage.ownerDocument;
  stage.replaceChildren(
    bar(d, mode, sample, locale),
    el(d, 'div', { class: 'canvas' }, ...(mode === 'read' ? [replyWindow(d), readView(d, sample, locale)] : [composeView(d, sample, locale)])),
  );
  stage.dataset.mode = mode;
  stage.dataset.message = sample.id;
}
