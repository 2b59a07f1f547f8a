/**
 * Trying the template as it is in the editor, saved or not: sample values in the same form staff
 * will fill in, the exact messages a draft would send (built by the gateway with core's
 * buildDraftMessages), and a test generation streamed into the usual suggestion card.
 */
import { useMemo, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../../../src/core/i18n/locale.js';
import type { TemplatePreview } from '../../../../src/core/templates/admin-api.js';
import type { Template } from '../../../../src/core/templates/schema.js';
import { validateFieldValues } from '../../../../src/core/templates/values.js';
import { previewTemplate, streamTestDraft } from '../../../api/admin.js';
import { useLocale } from '../../../app/locale-context.js';
import type { FormValues } from '../../../state/draft-store.js';
import { hasText, type ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { FieldForm } from '../../../ui/form/FieldForm.js';
import { SuggestionCard } from '../../../ui/suggestion/SuggestionCard.js';
import { useSuggestionStream } from '../../../ui/use-suggestion-stream.js';
import { initialValues, messagesByField, sourcesFromValues, todayIso } from '../../draft/form-values.js';
import { MessageList } from '../editor/problems-context.js';
import type { DraftTemplate } from '../editor/template-draft.js';
import { MessagesView } from './MessagesView.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const LANG_KEY: Record<Locale, 'admin.lang.zh' | 'admin.lang.en'> = { 'zh-CN': 'admin.lang.zh', 'en-US': 'admin.lang.en' };

export interface TrialPanelProps {
  /** What the editor holds now; sent as it is, the gateway checks it as a save would. */
  draft: DraftTemplate;
  /** The same, as core parsed it, once live validation found no problem. */
  template: Template | undefined;
  problemCount: number;
}

export function TrialPanel({ draft, template, problemCount }: TrialPanelProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const today = useMemo(() => todayIso(), []);
  const [typed, setTyped] = useState<FormValues>({});
  const [lang, setLang] = useState<Locale>(locale);
  const [attempted, setAttempted] = useState(false);
  const [preview, setPreview] = useState<TemplatePreview | undefined>();
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const { state, dispatch, run, stop } = useSuggestionStream();

  const values = useMemo(() => (template ? initialValues(template, typed, today) : {}), [template, typed, today]);
  const checked = useMemo(() => (template ? validateFieldValues(template, values, { today, locale }) : undefined), [template, values, today, locale]);
  const serverProblems = error?.problems ?? state.error?.problems ?? [];
  const messages = { ...messagesByField(serverProblems, locale), ...(attempted && checked && !checked.ok ? messagesByField(checked.problems, locale) : {}) };
  const templateProblems = serverProblems.filter((p) => !p.path.startsWith('fields.')).map((p) => `${p.path}: ${p.message}`);
  const languages = template ? LOCALES.filter((l) => template.locales.includes(l)) : [];
  const language = languages.includes(lang) ? lang : (languages[0] ?? lang);
  const running = state.phase === 'running';

  if (!template) {
    return (
      <MessageBar intent="warning" data-testid="trial-blocked">
        <MessageBarBody>{problemCount > 0 ? t('admin.trial.fixFirst', { count: problemCount }) : t('admin.trial.checking')}</MessageBarBody>
      </MessageBar>
    );
  }

  const ready = (): boolean => {
    setAttempted(true);
    setError(undefined);
    return !!checked?.ok;
  };

  const showPreview = async () => {
    if (!ready()) return;
    setPreviewing(true);
    try {
      setPreview(await previewTemplate({ template: draft, values, locale: language }));
    } catch (err) {
      setPreview(undefined);
      setError(toErrorInfo(err));
    } finally {
      setPreviewing(false);
    }
  };

  const generate = async () => {
    if (!ready()) return;
    dispatch({ type: 'clearError' });
    await run(1, (signal, onEvent) => streamTestDraft({ template: draft, values, locale: language, n: 1 }, { signal, onEvent }));
  };

  return (
    <div className={styles.root} data-testid="trial-panel">
      <section aria-labelledby="admin-sample-heading" className={styles.root}>
        <h3 id="admin-sample-heading" className={styles.heading}>
          {t('admin.trial.sample')}
        </h3>
        <p className={styles.hint}>{t('admin.trial.sampleHint')}</p>
        <FieldForm fields={template.fields} values={values} messages={messages} disabled={running} onChange={(key, value) => setTyped((v) => ({ ...v, [key]: value }))} />
        {languages.length > 1 && (
          <Field label={t('admin.trial.language')}>
            <RadioGroup layout="horizontal" value={language} onChange={(_e, d) => setLang(d.value as Locale)}>
              {languages.map((l) => (
                <Radio key={l} value={l} label={t(LANG_KEY[l])} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={previewing} icon={previewing ? <Spinner size="tiny" /> : undefined} onClick={() => void showPreview()} data-testid="preview-button">
            {t('admin.trial.preview')}
          </Button>
          <Button disabled={running} onClick={() => void generate()} data-testid="test-button">
            {running ? t('form.generating') : t('admin.trial.test')}
          </Button>
        </div>
      </section>

      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      {templateProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('admin.problems.fromGateway')}</MessageBarTitle>
            <MessageList messages={templateProblems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && <MessagesView messages={preview.messages} />}

      {state.error && !state.error.problems?.length && <ErrorBar error={state.error} onDismiss={() => dispatch({ type: 'clearError' })} />}
      {(running || hasText(state)) && (
        <SuggestionCard
          state={state}
          sources={sourcesFromValues(template, values)}
          accepts={[]}
          title={t('admin.trial.testTitle')}
          onAccept={async () => undefined}
          onEdit={(candidate, text) => dispatch({ type: 'edit', candidate, text })}
          onStop={stop}
          onRegenerate={() => void generate()}
          onDiscard={() => {
            stop();
            dispatch({ type: 'discard' });
          }}
        />
      )}
    </div>
  );
}
