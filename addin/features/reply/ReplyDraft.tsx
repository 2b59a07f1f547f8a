/**
 * One suggested reply (one intent): it streams into the suggestion card, can be edited, and
 * goes to Outlook only as a reply form the user sends, or not. Each intent keeps its own draft,
 * so trying another suggestion never throws away an edited one.
 */
import { auditHost } from '../../api/feedback.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MailMessage, ReplyIntent } from '../../../src/core/email/types.js';
import { replySources } from '../../../src/core/email/sources.js';
import { streamReply } from '../../api/replies.js';
import { useHost } from '../../app/host-context.js';
import { useLocale } from '../../app/locale-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { hasText } from '../../state/suggestion.js';
import { RETRYABLE } from '../../ui/describe-error.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';
import { SuggestionCard } from '../../ui/suggestion/SuggestionCard.js';
import { useSuggestionStream } from '../../ui/use-suggestion-stream.js';
import { isReplyKind, openReplyForm, openedNotice, replyAccepts } from './reply-actions.js';
import { sameOptions, type ReplyOptions } from './reply-options.js';

const useStyles = makeStyles({
  // The class's display would otherwise override the hidden attribute of a draft not picked.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '&[hidden]': { display: 'none' } },
  // Below the sticky tab row; and at least a screen tall, so the card can scroll to the top
  // of the pane while its text is still arriving.
  cardAnchor: { scrollMarginTop: '56px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  cardRoom: { minHeight: 'calc(100vh - 72px)' },
});

export interface ReplyDraftProps {
  intent: ReplyIntent;
  /** The intent's label, the card's title. */
  title: string;
  message: MailMessage;
  /** The tone and length chosen now; a run uses them as they are when it starts. */
  options: ReplyOptions;
  /** Raised by the tab to start a run (a first pick, or a pick after the draft was discarded). */
  runToken: number;
  active: boolean;
  /** Tells the tab whether this intent has a draft (or one on the way). */
  onFilled(intent: ReplyIntent, filled: boolean): void;
}

interface Notice {
  key: MessageKey;
  intent: 'success' | 'warning' | 'info';
}

export function ReplyDraft({ intent, title, message, options, runToken, active, onFilled }: ReplyDraftProps) {
  const styles = useStyles();
  const host = useHost();
  const { locale, t } = useLocale();
  const { state, dispatch, run, stop } = useSuggestionStream();
  const [used, setUsed] = useState<ReplyOptions | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const cardRef = useRef<HTMLDivElement>(null);
  // The mail is an untrusted source: links, addresses, phone numbers and accounts found only
  // there are marked "please verify" when a draft repeats them.
  const sources = useMemo(() => replySources(message, {}), [message]);
  const latest = useRef({ options, locale });
  latest.current = { options, locale };

  const start = async (opts: ReplyOptions) => {
    setNotice(undefined);
    setUsed(opts);
    dispatch({ type: 'clearError' });
    const lang = latest.current.locale;
    await run(1, (signal, onEvent) => streamReply({ message, intent, tone: opts.tone, length: opts.length, locale: lang, n: 1, host: auditHost(host.name) }, { signal, onEvent }));
  };

  useEffect(() => {
    if (runToken > 0) void start(latest.current.options);
  }, [runToken]);

  const running = state.phase === 'running';
  const filled = running || hasText(state);
  useEffect(() => onFilled(intent, filled), [intent, filled, onFilled]);

  // A new run brings its card into view once it has rendered.
  useEffect(() => {
    if (active && running) cardRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [state.run]);

  const accept = async (kind: AcceptKind, text: string) => {
    if (!isReplyKind(kind)) return;
    setNotice(undefined);
    const result = await openReplyForm(host, kind, text);
    // The draft stays: closing the form by mistake must not lose it.
    setNotice(openedNotice(result));
  };

  const discard = () => {
    stop();
    dispatch({ type: 'discard' });
    setNotice({ key: 'reply.discarded', intent: 'info' });
  };

  const stale = used !== undefined && !running && hasText(state) && !sameOptions(used, options);

  return (
    <div className={styles.root} hidden={!active} data-testid="reply-draft" data-intent={intent} data-active={active}>
      {state.error && (
        <ErrorBar
          error={state.error}
          actions={RETRYABLE.has(state.error.code) ? [{ label: t('error.retry'), onClick: () => void start(options) }] : []}
          onDismiss={() => dispatch({ type: 'clearError' })}
        />
      )}
      {stale && (
        <MessageBar intent="info" layout="multiline" data-testid="reply-options-changed">
          <MessageBarBody>{t('reply.optionsChanged')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" data-testid="reply-rewrite" onClick={() => void start(options)}>
              {t('reply.rewrite')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div ref={cardRef} className={mergeClasses(styles.cardAnchor, filled && styles.cardRoom)}>
        {filled && (
          <SuggestionCard
            state={state}
            sources={sources}
            accepts={replyAccepts(host)}
            title={title}
            note={t('reply.signatureNote')}
            readyText={t('reply.ready')}
            onAccept={accept}
            onEdit={(candidate, text) => {
              setNotice(undefined);
              dispatch({ type: 'edit', candidate, text });
            }}
            onStop={stop}
            onRegenerate={() => void start(options)}
            onDiscard={discard}
          />
        )}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="reply-notice" data-kind={notice.key}>
            <MessageBarBody>{t(notice.key)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
