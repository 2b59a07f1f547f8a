/**
 * One open template: its form, Generate, and the suggestion card. Loaded lazily (it brings
 * the template validator, the block parser and the fact checker). Values, options and an
 * unfinished suggestion are kept per template; a failure never clears what was typed.
 * In Outlook read mode the form answers the open message (features/reply/use-template-reply):
 * the draft is written as a reply to it and goes out through Open reply, never Insert.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { SourceInput } from '../../../src/core/factcheck/index.js';
import { localize } from '../../../src/core/i18n/locale.js';
import { validateFieldValues } from '../../../src/core/templates/values.js';
import { streamDraft, type ContextItem } from '../../api/client.js';
import { auditHost } from '../../api/feedback.js';
import { useHost } from '../../app/host-context.js';
import { useLocale } from '../../app/locale-context.js';
import { appStore } from '../../state/app-store.js';
import { draftStore, type DraftOptions, type FormValues } from '../../state/draft-store.js';
import { fromSaved, hasText } from '../../state/suggestion.js';
import { RETRYABLE, TEMPLATE_GONE } from '../../ui/describe-error.js';
import { ErrorBar, type ErrorAction } from '../../ui/ErrorBar.js';
import { FieldForm } from '../../ui/form/FieldForm.js';
import { BackIcon } from '../../ui/icons.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';
import { SuggestionCard } from '../../ui/suggestion/SuggestionCard.js';
import { useSelection } from '../../ui/use-selection.js';
import { useSuggestionStream } from '../../ui/use-suggestion-stream.js';
import { initialValues, messagesByField, sourcesFromValues, todayIso } from './form-values.js';
import { useDraftPersistence } from './use-draft-persistence.js';
import { useTemplate } from './use-template.js';
import { isReplyKind } from '../reply/reply-actions.js';
import { TemplateReplyOptions } from '../reply/TemplateReplyOptions.js';
import { useTemplateReply } from '../reply/use-template-reply.js';
import { useOfficialDraft } from '../official/use-official-draft.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { ErrorInfo } from '../../state/suggestion.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  desc: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, marginTop: tokens.spacingVerticalXXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  options: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  generate: { width: '100%' },
  // Below the sticky tab row; and at least a screen tall, so the card can scroll to the top
  // of the pane while its text is still arriving.
  cardAnchor: { scrollMarginTop: '56px' },
  cardRoom: { minHeight: 'calc(100vh - 72px)' },
  replyNotice: { marginTop: tokens.spacingVerticalM },
});

const N_CHOICES = ['1', '2', '3'] as const;

export interface DraftWorkspaceProps {
  templateId: string;
  onBack(): void;
}

export default function DraftWorkspace({ templateId, onBack }: DraftWorkspaceProps) {
  const styles = useStyles();
  const host = useHost();
  const { locale, t } = useLocale();
  const store = appStore();
  const { published, error: loadError, reload } = useTemplate(templateId);
  const template = published?.template;

  const [values, setValues] = useState<FormValues | undefined>();
  const [options, setOptions] = useState<DraftOptions>(() => draftStore.loadOptions(store, templateId) ?? { n: 1, useSelection: false });
  const [attempted, setAttempted] = useState(false);
  const [serverMessages, setServerMessages] = useState<Record<string, string>>({});
  const [sentSources, setSentSources] = useState<SourceInput[] | undefined>();
  const [notice, setNotice] = useState('');
  const [replyNotice, setReplyNotice] = useState<{ key: MessageKey; intent: 'success' | 'warning' } | undefined>();
  const cardRef = useRef<HTMLDivElement>(null);
  const today = useMemo(() => todayIso(), []);

  const { state, dispatch, run, stop } = useSuggestionStream(() => {
    const saved = draftStore.loadSuggestion(store, templateId);
    return saved ? fromSaved(saved) : { phase: 'idle', position: 0, candidates: [], run: 0 };
  });
  const { selection, refresh: refreshSelection } = useSelection();
  const reply = useTemplateReply();

  // Values start from what was typed before (this template, this browser), else defaults.
  useEffect(() => {
    if (template && !values) setValues(initialValues(template, draftStore.loadValues(store, templateId), today));
  }, [template, values, store, templateId, today]);

  useDraftPersistence(templateId, values, options, state);

  // The gateway's own field problems (HTTP 422) go under the fields too.
  useEffect(() => {
    if (state.error?.problems?.length) {
      setServerMessages(messagesByField(state.error.problems, locale));
      setAttempted(true);
    }
  }, [state.error, locale]);

  // A new run brings its card into view (once it has rendered, so there is room to scroll).
  useEffect(() => {
    if (state.phase === 'running') cardRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [state.run]);

  // After a run, the selection may have moved: the Replace button depends on it.
  useEffect(() => {
    if (state.phase === 'finished') void refreshSelection();
  }, [state.phase, refreshSelection]);

  const checked = useMemo(
    () => (template && values ? validateFieldValues(template, values, { today, locale }) : undefined),
    [template, values, today, locale],
  );
  // A whole 公文 (output.official) also needs its header fields: they are checked with the rest.
  const official = useOfficialDraft(template, values, checked?.ok ? checked.values : undefined, () => setAttempted(true));
  const formProblems = [...(checked && !checked.ok ? checked.problems : []), ...(official?.problems ?? [])];
  const clientMessages = attempted ? messagesByField(formProblems, locale) : {};
  const messages = { ...serverMessages, ...clientMessages };
  const invalidCount = Object.keys(messages).length;

  const setField = useCallback((key: string, value: string | string[]) => {
    setValues((v) => ({ ...(v ?? {}), [key]: value }));
    setServerMessages((m) => {
      if (!(key in m)) return m;
      const { [key]: _gone, ...rest } = m;
      return rest;
    });
  }, []);

  const focusField = (key: string) =>
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-field-key="${CSS.escape(key)}"] :is(input, textarea, select)`);
      el?.focus();
      el?.scrollIntoView({ block: 'center' });
    });

  const generate = async () => {
    if (!template || !published || !checked) return;
    setNotice('');
    setReplyNotice(undefined);
    dispatch({ type: 'clearError' });
    if (!checked.ok || formProblems.length) {
      setAttempted(true);
      const first = formProblems.find((p) => p.path.startsWith('fields.'));
      if (first) focusField(first.path.slice('fields.'.length));
      return;
    }
    setServerMessages({});
    if (reply) {
      setSentSources(reply.sources(checked.values, today));
      await run(options.n, (signal, onEvent) => reply.stream({ templateId: published.id, fields: checked.values, n: options.n, locale }, { signal, onEvent }));
      return;
    }
    let context: ContextItem[] | undefined;
    if (options.useSelection && host.supports('readSelection')) {
      const current = await refreshSelection();
      if (current?.text.trim()) context = [{ label: t('revise.selection'), text: current.text }];
    }
    setSentSources([...sourcesFromValues(template, checked.values), ...(context?.map((c) => c.text) ?? [])]);
    await run(options.n, (signal, onEvent) =>
      streamDraft(
        { templateId: published.id, version: published.version, fields: checked.values, ...(context ? { context } : {}), n: options.n, locale, host: auditHost(host.name) },
        { signal, onEvent },
      ),
    );
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void generate();
  };

  const accept = async (kind: AcceptKind, text: string) => {
    if (official) {
      const done = await official.accept(kind, text);
      if (!done.keep) dispatch({ type: 'discard' });
      setNotice(done.notice);
      return;
    }
    if (reply && isReplyKind(kind)) {
      setReplyNotice(undefined);
      // The draft stays: closing the reply form by mistake must not lose it.
      setReplyNotice(await reply.open(kind, text));
      return;
    }
    const replace = kind === 'replace' || kind === 'replaceTracked';
    await host.insert(parseBlocks(text), { mode: replace ? 'replace' : 'cursor', track: kind === 'insertTracked' || kind === 'replaceTracked' });
    dispatch({ type: 'discard' });
    setNotice(t(replace ? 'card.replaced' : 'card.accepted'));
    void refreshSelection();
  };

  const discard = () => {
    stop();
    dispatch({ type: 'discard' });
    setReplyNotice(undefined);
    setNotice(t(reply ? 'reply.discarded' : 'card.discarded'));
  };

  const accepts: AcceptKind[] = reply ? [...reply.accepts] : [];
  if (official) accepts.push(...official.accepts);
  else if (!reply) {
    if (host.supports('insertAtCursor')) accepts.push('insert');
    if (host.supports('replaceSelection') && selection?.text.trim()) accepts.push('replace');
    if (host.supports('trackedChanges')) accepts.push('insertTracked');
  }

  const errorActions = (error: ErrorInfo): ErrorAction[] => {
    if (RETRYABLE.has(error.code)) return [{ label: t('error.retry'), onClick: () => void generate() }];
    if (TEMPLATE_GONE.has(error.code)) return [{ label: t('error.back'), onClick: onBack }];
    if (error.code === 'template_version_not_published') return [{ label: t('error.reload'), onClick: reload }];
    return [];
  };

  const running = state.phase === 'running';
  const showCard = running || hasText(state);
  const name = template ? localize(template.name, locale) || templateId : '';

  return (
    <div className={styles.root} data-testid="draft-workspace">
      <Button appearance="subtle" size="small" className={styles.back} icon={<BackIcon />} aria-label={t('form.backLabel')} data-testid="back-to-gallery" onClick={onBack}>
        {t('form.back')}
      </Button>

      {loadError && <ErrorBar error={loadError} actions={TEMPLATE_GONE.has(loadError.code) ? [{ label: t('error.back'), onClick: onBack }] : [{ label: t('error.retry'), onClick: reload }]} />}
      {!template && !loadError && <Spinner size="small" label={t('form.loading')} />}

      {template && values && (
        <>
          <div>
            <h2 className={styles.title}>{name}</h2>
            {template.description && <Text className={styles.desc} block>{localize(template.description, locale)}</Text>}
          </div>

          <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('form.fields', { name })} data-testid="draft-form">
            {attempted && invalidCount > 0 && (
              <MessageBar intent="error" data-testid="form-problems">
                <MessageBarBody>{t('form.fixFields', { count: invalidCount })}</MessageBarBody>
              </MessageBar>
            )}
            <FieldForm fields={template.fields} values={values} messages={messages} disabled={running} onChange={setField} />

            <div className={styles.options} role="group" aria-label={t('form.options')}>
              <Field label={t('form.candidates')}>
                <RadioGroup layout="horizontal" value={String(options.n)} data-testid="candidates" onChange={(_e, d) => setOptions((o) => ({ ...o, n: Number(d.value) }))}>
                  {N_CHOICES.map((n) => (
                    <Radio key={n} value={n} label={n} disabled={running} />
                  ))}
                </RadioGroup>
              </Field>
              {reply && <TemplateReplyOptions reply={reply} disabled={running} />}
              {host.supports('readSelection') && (
                <Checkbox
                  label={t('form.useSelection')}
                  checked={options.useSelection}
                  disabled={running}
                  data-testid="context-selection"
                  onChange={(_e, d) => setOptions((o) => ({ ...o, useSelection: d.checked === true }))}
                />
              )}
            </div>

            <Button type="submit" appearance="primary" className={styles.generate} disabled={running} data-testid="generate">
              {running ? t('form.generating') : t('form.generate')}
            </Button>
          </form>

          {state.error && !state.error.problems?.length && (
            <ErrorBar error={state.error} actions={errorActions(state.error)} onDismiss={() => dispatch({ type: 'clearError' })} />
          )}
          {notice && (
            <MessageBar intent="success" data-testid="draft-notice">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}

          <div ref={cardRef} className={mergeClasses(styles.cardAnchor, showCard && styles.cardRoom)}>
            {showCard && (
              <SuggestionCard
                state={state}
                sources={sentSources ?? (reply ? reply.sources(values, today) : sourcesFromValues(template, values))}
                accepts={accepts}
                selectBlocks={official?.selectBody}
                renderBody={official?.renderBody}
                note={reply ? t('reply.signatureNote') : undefined}
                readyText={reply ? t('reply.ready') : undefined}
                onAccept={accept}
                onEdit={(candidate, text) => dispatch({ type: 'edit', candidate, text })}
                onStop={stop}
                onRegenerate={() => void generate()}
                onDiscard={discard}
              />
            )}
            {replyNotice && (
              <MessageBar className={styles.replyNotice} intent={replyNotice.intent} layout="multiline" data-testid="reply-notice" data-kind={replyNotice.key}>
                <MessageBarBody>{t(replyNotice.key)}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </>
      )}
    </div>
  );
}
