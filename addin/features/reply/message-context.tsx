/**
 * The message open in Outlook's read mode, read once through the host adapter, and the replies
 * the gateway suggests for it; shared by the tabs that answer it (Reply, and Draft with a
 * template). Where the host cannot read a message there is none, and nothing is read or asked.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MailMessage } from '../../../src/core/email/types.js';
import { fetchReplyIntents, type ReplyIntents } from '../../api/replies.js';
import { useGatewayLoad, type GatewayLoad } from '../../api/use-gateway-load.js';
import { useHost } from '../../app/host-context.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { toErrorInfo } from '../../ui/error-info.js';
import { messageKey } from './message-key.js';

export interface OpenMessage {
  /** The host can read a message (Outlook read mode). */
  available: boolean;
  message: MailMessage | undefined;
  error: ErrorInfo | undefined;
  loading: boolean;
  reload(): void;
  /** The suggested replies for the message (POST /api/replies/intents), once it is read. */
  intents: GatewayLoad<ReplyIntents | undefined>;
}

const NO_INTENTS: GatewayLoad<undefined> = { data: undefined, error: undefined, reload: () => undefined };
const NONE: OpenMessage = { available: false, message: undefined, error: undefined, loading: false, reload: () => undefined, intents: NO_INTENTS };

const MessageContext = createContext<OpenMessage>(NONE);

export function MessageProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const available = host.supports('readMessage') && typeof host.readMessage === 'function';
  const [message, setMessage] = useState<MailMessage | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [loading, setLoading] = useState(available);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!available || !host.readMessage) return;
    let live = true;
    setLoading(true);
    setError(undefined);
    host.readMessage().then(
      (m) => {
        if (!live) return;
        setMessage(m);
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(toErrorInfo(err));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [host, available, attempt]);

  // Asked once per message; the labels are localised in the pane, so a language switch needs no new request.
  const intents = useGatewayLoad(message ? messageKey(message) : '', (lang, signal) =>
    message ? fetchReplyIntents(message, lang, signal) : Promise.resolve(undefined),
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo<OpenMessage>(
    () => (available ? { available, message, error, loading, reload, intents } : NONE),
    [available, message, error, loading, reload, intents.data, intents.error],
  );
  return <MessageContext.Provider value={value}>{children}</MessageContext.Provider>;
}

export function useOpenMessage(): OpenMessage {
  return useContext(MessageContext);
}
