/**
 * The suggestion: queue position, text as it arrives, Stop; then candidates as tabs, a read
 * view (blocks with "please verify" marks, or a diff against the original), an edit view of
 * the structured text, and the accept buttons. Nothing here touches the document: accepting
 * calls back to the feature, which goes through the host adapter.
 */
import { useState, type ReactNode } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { blocksToHtml, blocksToText } from '../../../src/core/blocks/serialize.js';
import type { SourceInput } from '../../../src/core/factcheck/index.js';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import type { Block } from '../../../src/core/blocks/types.js';
import { useLocale } from '../../app/locale-context.js';
import { isIncomplete, type SuggestionState } from '../../state/suggestion.js';
import { copyToClipboard } from '../clipboard.js';
import { describeError } from '../describe-error.js';
import { ErrorBar } from '../ErrorBar.js';
import { toErrorInfo } from '../error-info.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { StopIcon } from '../icons.js';
import { AcceptBar, type AcceptKind } from './AcceptBar.js';
import { BlockView } from './BlockView.js';
import { DiffView } from './DiffView.js';
import type { MarkedBlocks } from './marks.js';
import { cardStatus, isOpenCandidate } from './status.js';
import { useCandidateView, useSourceIndex } from './use-candidate-view.js';
import { useFeedback } from './use-feedback.js';
import { VerifyList } from './VerifyList.js';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  statusRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  title: { flexBasis: '100%', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  tabs: { marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  body: { minHeight: '48px' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  editor: { width: '100%' },
  editArea: { minHeight: '300px', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  notice: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SuggestionCardProps {
  state: SuggestionState;
  /**
   * What the user gave (form values, selection, context): text found there is not marked. A
   * received mail comes as `{text, untrusted: true}`: its links and addresses stay marked.
   */
  sources: readonly SourceInput[];
  /** Accept buttons offered, the first one primary. */
  accepts: AcceptKind[];
  /** The text that would be accepted or copied for a candidate's text (continue: original + continuation). */
  compose?(text: string): string;
  /** Offer a diff against this text (revisions); shown by default when diffByDefault. */
  diffAgainst?: string;
  diffByDefault?: boolean;
  note?: string;
  /** What produced it (a revision action), shown above the status. */
  title?: string;
  /** The status once finished, where "nothing is in the document until you accept" does not fit (a reply). */
  readyText?: string;
  /** Keeps the blocks that are the suggestion proper (an official document's body); marks count only those. */
  selectBlocks?(blocks: Block[]): Block[];
  /** Draws the read view around the blocks (an official document's header and closing). */
  renderBody?(view: MarkedBlocks, streaming: boolean): ReactNode;
  onAccept(kind: AcceptKind, text: string): Promise<void>;
  onEdit(candidate: number, text: string): void;
  onStop(): void;
  onRegenerate(): void;
  onDiscard(): void;
}

export function SuggestionCard(props: SuggestionCardProps) {
  const { state } = props;
  // A new request starts fresh: first candidate, read view.
  return <CardBody key={state.run} {...props} />;
}

function CardBody({ state, sources, accepts, compose = (s) => s, diffAgainst, diffByDefault, note, title, readyText, selectBlocks, renderBody, onAccept, onEdit, onStop, onRegenerate, onDiscard }: SuggestionCardProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState(false);
  const [showDiff, setShowDiff] = useState(!!diffByDefault);
  const [busy, setBusy] = useState<AcceptKind | undefined>();
  const [acceptError, setAcceptError] = useState<ErrorInfo | undefined>();
  const [notice, setNotice] = useState('');
  const feedback = useFeedback(state);

  const index = Math.min(active, Math.max(0, state.candidates.length - 1));
  const candidate = state.candidates[index];
  const open = isOpenCandidate(candidate);
  const text = candidate?.text ?? '';
  const sourceIndex = useSourceIndex(sources);
  const view = useCandidateView(text, sourceIndex, !open, locale, selectBlocks);
  const status = cardStatus(state, candidate);
  const running = state.phase === 'running';
  const incomplete = candidate ? isIncomplete(candidate) : false;
  const hasText = text.trim() !== '';

  const statusText =
    status.kind === 'queued'
      ? t('card.queued', { position: status.position })
      : status.kind === 'connecting'
        ? t('card.connecting')
        : status.kind === 'streaming'
          ? t('card.streaming')
          : status.kind === 'incomplete'
            ? describeError(candidate?.error ?? { code: 'model_cut_off' }, locale).title
            : (readyText ?? t('card.done'));

  const accept = async (kind: AcceptKind) => {
    setBusy(kind);
    setAcceptError(undefined);
    setNotice('');
    try {
      await onAccept(kind, compose(text));
      feedback(index, 'accepted');
    } catch (err) {
      setAcceptError(toErrorInfo(err));
    } finally {
      setBusy(undefined);
    }
  };

  const copy = async () => {
    const blocks = parseBlocks(compose(text));
    const ok = await copyToClipboard(blocksToText(blocks), blocksToHtml(blocks));
    setNotice(ok ? t('card.copied') : t('card.copyFailed'));
  };

  let body;
  if (editing && candidate) {
    body = (
      <Textarea
        className={styles.editor}
        textarea={{ className: styles.editArea }}
        resize="vertical"
        value={text}
        aria-label={t('card.editLabel')}
        aria-describedby="suggestion-edit-hint"
        data-testid="suggestion-editor"
        autoFocus
        onChange={(_e, d) => onEdit(index, d.value)}
      />
    );
  } else if (showDiff && diffAgainst !== undefined && !open) {
    body = <DiffView before={diffAgainst} after={compose(text)} />;
  } else if (renderBody) {
    body = renderBody(view, candidate?.status === 'streaming');
  } else {
    body = <BlockView blocks={view.blocks} marks={view.marks} streaming={candidate?.status === 'streaming'} />;
  }

  return (
    <section className={styles.card} aria-label={t('card.region')} data-testid="suggestion-card" data-phase={state.phase}>
      <div className={styles.statusRow}>
        <div className={styles.status} role="status" data-testid="suggestion-status">
          {title && <span className={styles.title}>{title}</span>}
          {running && <Spinner size="extra-tiny" aria-hidden="true" />}
          <span>{statusText}</span>
        </div>
        {running && (
          <Button size="small" icon={<StopIcon />} data-testid="stop" onClick={onStop}>
            {t('card.stop')}
          </Button>
        )}
      </div>

      {state.candidates.length > 1 && (
        <TabList className={styles.tabs} size="small" selectedValue={index} onTabSelect={(_e, d) => (setActive(d.value as number), setEditing(false))} aria-label={t('card.candidates')}>
          {state.candidates.map((_c, i) => (
            <Tab key={i} value={i} data-testid={`candidate-tab-${i}`}>
              {t('card.candidate', { index: i + 1 })}
            </Tab>
          ))}
        </TabList>
      )}

      {(incomplete || candidate?.edited) && (
        <div className={styles.badges}>
          {incomplete && (
            <Badge appearance="tint" color="warning" data-testid="incomplete-badge">
              {t('card.incomplete')}
            </Badge>
          )}
          {candidate?.edited && <Badge appearance="tint" color="informative">{t('card.edited')}</Badge>}
        </div>
      )}

      {note && <Text className={styles.note}>{note}</Text>}
      {editing && (
        <Text id="suggestion-edit-hint" className={styles.note}>
          {t('card.editHint')}
        </Text>
      )}

      <div className={styles.body} role={state.candidates.length > 1 ? 'tabpanel' : undefined}>
        {body}
      </div>

      {incomplete && candidate?.error && !open && (
        <MessageBar intent="warning" layout="multiline" data-testid="incomplete-note">
          <MessageBarBody>
            {describeError(candidate.error, locale).body}
          </MessageBarBody>
        </MessageBar>
      )}

      {diffAgainst !== undefined && !editing && !open && hasText && (
        <Switch label={t('card.showChanges')} checked={showDiff} onChange={(_e, d) => setShowDiff(d.checked)} data-testid="show-changes" />
      )}

      {view.marks.length > 0 && !editing && <VerifyList marks={view.marks} />}

      <AcceptBar
        accepts={accepts}
        pending={view.marks.length}
        busy={busy}
        canAccept={!open && hasText}
        canEdit={!open && !!candidate}
        editing={editing}
        canRegenerate={!running}
        onAccept={(kind) => void accept(kind)}
        onToggleEdit={() => setEditing((e) => !e)}
        onCopy={() => void copy()}
        onRegenerate={onRegenerate}
        onDiscard={() => {
          feedback(index, 'discarded');
          onDiscard();
        }}
      />

      {acceptError && <ErrorBar error={acceptError} onDismiss={() => setAcceptError(undefined)} />}
      {notice && (
        <Text className={styles.notice} role="status">
          {notice}
        </Text>
      )}
    </section>
  );
}
