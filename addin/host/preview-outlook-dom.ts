/**
 * Small DOM helpers for the Outlook preview's stand-in window. Everything is built with
 * createElement and text nodes; the only HTML parsed is our own sample mail (see mountSampleBody).
 */
import type { MailAddress } from '../../src/core/email/types.js';
import type { MailSample } from './preview-outlook-samples.js';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(d: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = d.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Where the preview's parts are, marked so the adapter (and tests) find them without ids. */
export const PART = {
  messageSubject: 'message-subject',
  messageBody: 'message-body',
  composeBody: 'compose-body',
  replyWindow: 'reply-window',
  replyKind: 'reply-kind',
  replyTo: 'reply-to',
  replyCc: 'reply-cc',
  replySubject: 'reply-subject',
  replyDraft: 'reply-draft',
  replyQuoted: 'reply-quoted',
  replyClose: 'reply-close',
} as const;

export function part(root: ParentNode, name: (typeof PART)[keyof typeof PART]): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-wenshu="${name}"]`);
}

export const displayAddress = (a: MailAddress) => (a.name ? `${a.name} <${a.address}>` : a.address);

export const addressLine = (list: readonly MailAddress[]) => list.map(displayAddress).join('; ');

export function formatDate(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return date.toISOString();
  }
}

/**
 * The sample's HTML in a mail body, as a mail client shows it: hidden parts stay hidden by their
 * own styles. Safe only because the HTML is our constant sample data, never model or user text.
 * Links do not navigate: a preview has nowhere to follow them to.
 */
export function mountSampleBody(target: HTMLElement, sample: MailSample): void {
  target.innerHTML = sample.html;
  target.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('a')) event.preventDefault();
  });
}
