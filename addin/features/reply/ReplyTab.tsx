/**
 * The Reply tab (Outlook read mode): the open message, up to three suggested replies for it, the
 * tone and length, and each reply's draft. A draft leaves the pane only as Outlook's reply form
 * (or through Copy); Wenshu sends nothing. Loaded on first use.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MailMessage, ReplyIntent } from '../../../src/core/email/types.js';
import { useLocale } from '../../app/locale-context.js';
import { appStore } from '../../state/app-store.js';
import { RETRYABLE } from '../../ui/describe-error.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import { IntentList } from './IntentList.js';
import { intentChoices } from './intent-choices.js';
import { useOpenMessage } from './message-context.js';
import { messageKey } from './message-key.js';
import { MessageSummary } from './MessageSummary.js';
import { ReplyDraft } from './ReplyDraft.js';
import { loadReplyOptions, saveReplyOptions, type ReplyOptions } from './reply-options.js';
import { ReplyOptionsBar } from './ReplyOptionsBar.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  template: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface ReplyTabProps {
  /** Switches to the Draft tab, where the e-mail templates are. */
  onUseTemplate(): void;
}

export default function ReplyTab({ onUseTemplate }: ReplyTabProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const { message, error, loading, reload } = useOpenMessage();
  const templateLink = (
    <Button appearance="transparent" size="small" className={styles.template} data-testid="reply-use-template" onClick={onUseTemplate}>
      {t('reply.useTemplate')}
    </Button>
  );

  return (
    <div className={styles.root} data-testid="reply">
      {loading && <Spinner size="small" label={t('reply.readingMessage')} />}
      {error && !loading && <ErrorBar error={error} actions={[{ label: t('error.retry'), onClick: reload }]} />}
      {message && !loading && <ReplyToMessage key={messageKey(message)} message={message} templateLink={templateLink} />}
      {!message && !loading && templateLink}
    </div>
  );
}

function ReplyToMessage({ message, templateLink }: { message: MailMessage; templateLink: ReactNode }) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const store = appStore();
  const { data: found, error, reload } = useOpenMessage().intents;
  const [options, setOptionsState] = useState(() => loadReplyOptions(store));
  const [active, setActive] = useState<ReplyIntent | undefined>();
  const [runs, setRuns] = useState<Partial<Record<ReplyIntent, number>>>({});
  const [filled, setFilled] = useState<ReadonlySet<ReplyIntent>>(() => new Set());

  const setOptions = (next: ReplyOptions) => {
    setOptionsState(next);
    saveReplyOptions(store, next);
  };

  const onFilled = useCallback((intent: ReplyIntent, isFilled: boolean) => {
    setFilled((s) => {
      if (s.has(intent) === isFilled) return s;
      const next = new Set(s);
      if (isFilled) next.add(intent);
      else next.delete(intent);
      return next;
    });
  }, []);

  // Picking an intent shows its draft; one without a draft (new, discarded or failed) starts one.
  const pick = (intent: ReplyIntent) => {
    setActive(intent);
    if (!filled.has(intent)) setRuns((r) => ({ ...r, [intent]: (r[intent] ?? 0) + 1 }));
  };

  const choices = found ? intentChoices(found.intents, locale) : [];
  const language = found ? t(found.language === 'zh-CN' ? 'reply.language.zh' : 'reply.language.en') : '';

  return (
    <>
      <MessageSummary message={message} questions={found?.questions ?? []} />

      <section className={styles.section} aria-labelledby="reply-suggested-heading">
        <h2 id="reply-suggested-heading" className={styles.heading}>
          {t('reply.suggested')}
        </h2>
        {!found && !error && <Spinner size="small" label={t('reply.loadingIntents')} data-testid="reply-intents-loading" />}
        {error && <ErrorBar error={error} actions={RETRYABLE.has(error.code) ? [{ label: t('error.retry'), onClick: reload }] : []} />}
        {found && choices.length > 0 && (
          <>
            <Text className={styles.hint}>{t('reply.languageHint', { language })}</Text>
            {/* Tone and length first: picking a suggestion starts writing with them. */}
            <ReplyOptionsBar value={options} onChange={setOptions} />
            <IntentList choices={choices} active={active} onPick={pick} />
          </>
        )}
        {found && choices.length === 0 && <Text className={styles.hint}>{t('reply.noIntents')}</Text>}
        {templateLink}
      </section>

      {choices
        .filter((c) => runs[c.intent] !== undefined)
        .map((c) => (
          <ReplyDraft
            key={c.intent}
            intent={c.intent}
            title={c.label}
            message={message}
            options={options}
            runToken={runs[c.intent] ?? 0}
            active={active === c.intent}
            onFilled={onFilled}
          />
        ))}
    </>
  );
}
