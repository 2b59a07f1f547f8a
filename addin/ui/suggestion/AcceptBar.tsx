/**
 * The card's buttons. Accepting is the only way text reaches the document, so accept buttons
 * say how many "please verify" marks remain. Edit, Copy, Regenerate and Discard follow.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import type { MessageKey } from '../../i18n/messages.js';

/**
 * reply / replyAll open Outlook's reply form with the text (read mode); nothing is sent.
 * openNew / insertHere / download take a whole official document (features/official).
 */
export type AcceptKind = 'insert' | 'replace' | 'insertTracked' | 'replaceTracked' | 'reply' | 'replyAll' | 'openNew' | 'insertHere' | 'download';

const LABELS: Record<AcceptKind, [plain: MessageKey, pending: MessageKey]> = {
  insert: ['card.insert', 'card.insertPending'],
  replace: ['card.replace', 'card.replacePending'],
  insertTracked: ['card.insertTracked', 'card.insertTrackedPending'],
  replaceTracked: ['card.replaceTracked', 'card.replaceTrackedPending'],
  reply: ['reply.open', 'reply.openPending'],
  replyAll: ['reply.openAll', 'reply.openAllPending'],
  openNew: ['official.openNew', 'official.openNewPending'],
  insertHere: ['official.insertHere', 'official.insertHerePending'],
  download: ['official.download', 'official.downloadPending'],
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  accepts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '100%' },
  secondary: { flexGrow: 1 },
  tools: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXS, rowGap: tokens.spacingVerticalXXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tool: { minWidth: 'auto' },
  discard: { minWidth: 'auto', marginLeft: 'auto', marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface AcceptBarProps {
  accepts: AcceptKind[];
  pending: number;
  busy: AcceptKind | undefined;
  canAccept: boolean;
  canEdit: boolean;
  editing: boolean;
  canRegenerate: boolean;
  onAccept(kind: AcceptKind): void;
  onToggleEdit(): void;
  onCopy(): void;
  onRegenerate(): void;
  onDiscard(): void;
}

export function AcceptBar(props: AcceptBarProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const { accepts, pending, busy } = props;
  const label = (kind: AcceptKind) => {
    const [plain, withCount] = LABELS[kind];
    return pending > 0 ? t(withCount, { count: pending }) : t(plain);
  };
  return (
    <div className={styles.root} role="group" aria-label={t('card.actions')}>
      <div className={styles.accepts}>
        {accepts.map((kind, i) => (
          <Button
            key={kind}
            appearance={i === 0 ? 'primary' : 'secondary'}
            className={i === 0 ? styles.grow : styles.secondary}
            disabled={!props.canAccept || busy !== undefined}
            icon={busy === kind ? <Spinner size="tiny" /> : undefined}
            data-testid={`accept-${kind}`}
            onClick={() => props.onAccept(kind)}
          >
            {label(kind)}
          </Button>
        ))}
      </div>
      <div className={styles.tools}>
        <Button size="small" appearance="subtle" className={styles.tool} disabled={!props.canEdit} data-testid="edit-suggestion" onClick={props.onToggleEdit}>
          {props.editing ? t('card.editDone') : t('card.edit')}
        </Button>
        <Button size="small" appearance="subtle" className={styles.tool} disabled={!props.canAccept} data-testid="copy-suggestion" onClick={props.onCopy}>
          {t('card.copy')}
        </Button>
        <Button size="small" appearance="subtle" className={styles.tool} disabled={!props.canRegenerate} data-testid="regenerate" onClick={props.onRegenerate}>
          {t('card.regenerate')}
        </Button>
        <Button size="small" appearance="subtle" className={styles.discard} disabled={busy !== undefined} data-testid="discard" onClick={props.onDiscard}>
          {t('card.discard')}
        </Button>
      </div>
    </div>
  );
}
