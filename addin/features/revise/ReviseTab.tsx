/**
 * Revise the current selection: pick an action (or write an instruction), watch the result
 * stream into the suggestion card, and accept to replace the selection. Until then the
 * document is untouched; Discard leaves it so. Loaded on first use of the tab.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { RevisionAction } from '../../../src/core/prompt/types.js';
import { translationTarget } from '../../../src/core/prompt/revisions.js';
import { streamRevision } from '../../api/client.js';
import { auditHost } from '../../api/feedback.js';
import { useHost } from '../../app/host-context.js';
import { useLocale } from '../../app/locale-context.js';
import { RETRYABLE } from '../../ui/describe-error.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import { PaneError } from '../../ui/error-info.js';
import type { AcceptKind } from '../../ui/suggestion/AcceptBar.js';
import { SuggestionCard } from '../../ui/suggestion/SuggestionCard.js';
import { useSelection } from '../../ui/use-selection.js';
import { useSuggestionStream } from '../../ui/use-suggestion-stream.js';
import { ACTION_BUTTONS, DIFFABLE } from './actions.js';
import { joinContinuation, sameText } from './continuation.js';
import { SelectionBox } from './SelectionBox.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(118px, 1fr))', gap: tokens.spacingHorizontalS },
  action: { justifyContent: 'flex-start', minWidth: 0 },
  custom: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  customRun: { alignSelf: 'flex-start' },
  // Below the sticky tab row; and at least a screen tall, so the card can scroll to the top
  // of the pane while its text is still arriving.
  cardAnchor: { scrollMarginTop: '56px' },
  cardRoom: { minHeight: 'calc(100vh - 72px)' },
});

const translateLabelFor = (text: string) => (text.trim() && translationTarget(text) === 'zh-CN' ? 'revise.translateToZh' : 'revise.translateToEn');

interface Request {
  action: RevisionAction;
  text: string;
  instruction?: string;
}

export default function ReviseTab() {
  const styles = useStyles();
  const host = useHost();
  const { locale, t } = useLocale();
  const canRead = host.supports('readSelection');
  const { selection, error: selectionError, refresh } = useSelection();
  const [pasted, setPasted] = useState('');
  const [instruction, setInstruction] = useState('');
  const [instructionError, setInstructionError] = useState('');
  const [request, setRequest] = useState<Request | undefined>();
  const [notice, setNotice] = useState('');
  const { state, dispatch, run, stop } = useSuggestionStream();
  const cardRef = useRef<HTMLDivElement>(null);

  // A new run brings its card into view once it has rendered.
  useEffect(() => {
    if (state.phase === 'running') cardRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [state.run]);

  const running = state.phase === 'running';
  const showCard = running || state.candidates.some((c) => c.text.trim() !== '');
  const text = canRead ? (selection?.text ?? '') : pasted;
  const hasText = text.trim() !== '';

  const start = async (next: Request) => {
    setNotice('');
    setRequest(next);
    dispatch({ type: 'clearError' });
    await run(1, (signal, onEvent) =>
      streamRevision({ action: next.action, text: next.text, ...(next.instruction ? { instruction: next.instruction } : {}), n: 1, locale, host: auditHost(host.name) }, { signal, onEvent }),
    );
  };

  const revise = async (action: RevisionAction) => {
    let source = text;
    // Read the selection fresh: the user may have selected something else since the last event.
    if (canRead) source = (await refresh())?.text ?? '';
    if (!source.trim()) return;
    if (action === 'custom') {
      if (!instruction.trim()) {
        setInstructionError(t('revise.customRequired'));
        return;
      }
      setInstructionError('');
    }
    await start({ action, text: source, ...(action === 'custom' ? { instruction: instruction.trim() } : {}) });
  };

  const compose = request?.action === 'continue' ? (s: string) => joinContinuation(request.text, s) : undefined;

  const accept = async (kind: AcceptKind, result: string) => {
    const replace = kind === 'replace' || kind === 'replaceTracked';
    if (replace && canRead && request) {
      // Replace only what was revised: if the selection moved, say so rather than overwrite it.
      const current = await refresh();
      if (!current || !sameText(current.text, request.text)) throw new PaneError('selection_changed');
    }
    await host.insert(parseBlocks(result), { mode: replace ? 'replace' : 'cursor', track: kind === 'replaceTracked' || kind === 'insertTracked' });
    dispatch({ type: 'discard' });
    setRequest(undefined);
    setNotice(t(replace ? 'card.replaced' : 'card.accepted'));
    void refresh();
  };

  const discard = () => {
    stop();
    dispatch({ type: 'discard' });
    setRequest(undefined);
    setNotice(t('card.discarded'));
  };

  const accepts: AcceptKind[] = [];
  if (canRead && host.supports('replaceSelection')) {
    accepts.push('replace');
    if (host.supports('trackedChanges')) accepts.push('replaceTracked');
  } else if (host.supports('insertAtCursor')) {
    accepts.push('insert');
    if (host.supports('trackedChanges')) accepts.push('insertTracked');
  }

  const actionLabel = (action: RevisionAction): string =>
    action === 'custom' ? t('revise.custom') : action === 'translate' ? t(translateLabelFor(request?.text ?? text)) : t(ACTION_BUTTONS.find((b) => b.action === action)?.label ?? 'revise.polish');

  const translateLabel = translateLabelFor(text);

  return (
    <div className={styles.root} data-testid="revise">
      <SelectionBox canRead={canRead} text={text} disabled={running} onRefresh={() => void refresh()} onPaste={setPasted} />
      {selectionError && <ErrorBar error={selectionError} actions={[{ label: t('error.retry'), onClick: () => void refresh() }]} />}

      <section className={styles.section} aria-labelledby="revise-actions-heading">
        <h2 id="revise-actions-heading" className={styles.heading}>
          {t('revise.actions')}
        </h2>
        <div className={styles.grid}>
          {ACTION_BUTTONS.map(({ action, label }) => (
            <Button key={action} className={styles.action} disabled={!hasText || running} data-testid={`revise-${action}`} onClick={() => void revise(action)}>
              {t(action === 'translate' ? translateLabel : label)}
            </Button>
          ))}
        </div>
        <div className={styles.custom}>
          <Field label={t('revise.custom')} validationState={instructionError ? 'error' : 'none'} validationMessage={instructionError || undefined}>
            <Textarea
              value={instruction}
              placeholder={t('revise.customPlaceholder')}
              resize="vertical"
              disabled={running}
              data-testid="custom-instruction"
              onChange={(_e, d) => {
                setInstruction(d.value);
                if (d.value.trim()) setInstructionError('');
              }}
            />
          </Field>
          <Button className={styles.customRun} disabled={!hasText || running} data-testid="revise-custom" onClick={() => void revise('custom')}>
            {t('revise.customRun')}
          </Button>
        </div>
      </section>

      {state.error && (
        <ErrorBar
          error={state.error}
          actions={RETRYABLE.has(state.error.code) && request ? [{ label: t('error.retry'), onClick: () => void start(request) }] : []}
          onDismiss={() => dispatch({ type: 'clearError' })}
        />
      )}
      {notice && (
        <MessageBar intent="success" data-testid="revise-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {showCard && request && (
        <div ref={cardRef} className={mergeClasses(styles.cardAnchor, styles.cardRoom)}>
          <SuggestionCard
            state={state}
            sources={[request.text, ...(request.instruction ? [request.instruction] : [])]}
            accepts={accepts}
            compose={compose}
            diffAgainst={DIFFABLE.has(request.action) ? request.text : undefined}
            diffByDefault={request.action === 'proofread'}
            note={request.action === 'continue' ? t('card.continueNote') : undefined}
            title={actionLabel(request.action)}
            onAccept={accept}
            onEdit={(candidate, value) => dispatch({ type: 'edit', candidate, text: value })}
            onStop={stop}
            onRegenerate={() => void start(request)}
            onDiscard={discard}
          />
        </div>
      )}
    </div>
  );
}
