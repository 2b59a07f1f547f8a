/** A key that tells one open message from the next (Outlook may keep the pane open across messages). */
import type { MailMessage } from '../../../src/core/email/types.js';

export function messageKey(message: MailMessage): string {
  return [message.subject, message.from?.address ?? '', message.date ?? '', String(message.bodyText.length), message.bodyText.slice(0, 200)].join('\u0000');
}
