/**
 * A customer e-mail template used to answer the open message (Outlook read mode). The Draft tab
 * then sends its form through POST /api/replies together with the message, checks the draft
 * against the form (trusted) and the mail (untrusted), and offers Open reply / Open reply all
 * instead of Insert. Anywhere else (Word, Outlook compose) there is no message and this is
 * undefined, so the Draft tab works as before.
 */
import { auditHost } from '../../api/feedback.js';
import { useEffect, useState } from 'react';
import type { SourceInput } from '../../../src/core/factcheck/index.js';
import type { replySources } from '../../../src/core/email/sources.js';
import type { MailMessage, ReplyIntent } from '../../../src/core/email/types.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { FieldValues } from '../../../src/core/templates/schema.js';
import { streamReply } from '../../api/replies.js';
import type { StreamOptions, StreamOutcome } from '../../api/stream.js';
import { useHost } from '../../app/host-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { appStore } from '../../state/app-store.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';
import { useOpenMessage } from './message-context.js';
import { openReplyForm, openedNotice, replyAccepts } from './reply-actions.js';
import { loadReplyOptions, saveReplyOptions, type ReplyOptions } from './reply-options.js';

/** Without suggestions (not loaded yet, or none), a template reply acknowledges; the template says the rest. */
const DEFAULT_INTENT: ReplyIntent = 'acknowledge';

export interface TemplateReplyRequest {
  templateId: string;
  fields: FieldValues;
  n: number;
  locale: Locale;
}

export interface TemplateReply {
  message: MailMessage;
  intent: ReplyIntent;
  setIntent(intent: ReplyIntent): void;
  options: ReplyOptions;
  setOptions(options: ReplyOptions): void;
  accepts: AcceptKind[];
  /** What the draft is checked against: the form's values, today, and the mail (untrusted). */
  sources(values: Readonly<Record<string, unknown>>, today: string): SourceInput[];
  stream(request: TemplateReplyRequest, opts: Omit<StreamOptions, 'locale'>): Promise<StreamOutcome>;
  /** Opens the reply form with the draft; returns what the pane should say. */
  open(kind: 'reply' | 'replyAll', text: string): Promise<{ key: MessageKey; intent: 'success' | 'warning' }>;
}

export function useTemplateReply(): TemplateReply | undefined {
  const host = useHost();
  const { message, intents } = useOpenMessage();
  const store = appStore();
  const [chosen, setIntent] = useState<ReplyIntent | undefined>();
  const [options, setOptionsState] = useState(() => loadReplyOptions(store));
  // The mail clean-up behind the sources (an HTML parser) loads only where there is a message,
  // so Word's Draft tab does not download it.
  const [sources, setSources] = useState<{ fn: typeof replySources }>();
  useEffect(() => {
    if (!message || sources) return;
    let live = true;
    void import(/* webpackChunkName: "reply-sources" */ '../../../src/core/email/sources.js').then((m) => live && setSources({ fn: m.replySources }));
    return () => {
      live = false;
    };
  }, [message, sources]);
  const accepts = replyAccepts(host);
  if (!message || !sources || accepts.length === 0) return undefined;
  const intent = chosen ?? intents.data?.intents[0]?.intent ?? DEFAULT_INTENT;
  return {
    message,
    intent,
    setIntent,
    options,
    setOptions: (next) => {
      setOptionsState(next);
      saveReplyOptions(store, next);
    },
    accepts,
    sources: (values, today) => sources.fn(message, values, { today }),
    stream: (request, opts) =>
      streamReply({ message, intent, tone: options.tone, length: options.length, locale: request.locale, templateId: request.templateId, fields: request.fields, n: request.n, host: auditHost(host.name) }, opts),
    open: async (kind, text) => openedNotice(await openReplyForm(host, kind, text)),
  };
}
