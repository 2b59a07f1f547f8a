/**
 * What the pane can do with a finished reply: open Outlook's reply or reply-all form holding it
 * (the user sends it, or not), or copy it. Kept apart from the components so it is testable.
 */
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { HostError, type HostAdapter, type OpenReplyResult } from '../../host/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';

/** Open reply first (the primary button), then Open reply all; none where the host cannot open a reply form. */
export function replyAccepts(host: HostAdapter): AcceptKind[] {
  return host.supports('openReply') && typeof host.openReply === 'function' ? ['reply', 'replyAll'] : [];
}

export const isReplyKind = (kind: AcceptKind): kind is 'reply' | 'replyAll' => kind === 'reply' || kind === 'replyAll';

/** Opens the reply form with the (possibly edited) structured text of the draft. */
export async function openReplyForm(host: HostAdapter, kind: 'reply' | 'replyAll', text: string): Promise<OpenReplyResult> {
  if (!host.openReply || !host.supports('openReply')) throw new HostError('not_supported');
  return host.openReply(parseBlocks(text), { all: kind === 'replyAll' });
}

/** What the pane says once the form is open: a shortened body is a warning, not a success. */
export function openedNotice(result: OpenReplyResult): { key: MessageKey; intent: 'success' | 'warning' } {
  return result.trimmed ? { key: 'reply.trimmed', intent: 'warning' } : { key: 'reply.opened', intent: 'success' };
}
