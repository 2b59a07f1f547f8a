/** Save as a new version (with an optional note), and publish what was saved. */
import { Badge, Button, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  note: { flexGrow: 1, flexBasis: '200px', minWidth: 0 },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface SaveBarProps {
  creating: boolean;
  dirty: boolean;
  saving: boolean;
  /** Live validation is still catching up with the last keystrokes. */
  checking: boolean;
  problems: number;
  note: string;
  onNote(note: string): void;
  onSave(): void;
  /** Set when the saved version can be published. */
  publishVersion?: number;
  onPublish(): void;
}

export function SaveBar({ creating, dirty, saving, checking, problems, note, onNote, onSave, publishVersion, onPublish }: SaveBarProps) {
  const styles = useStyles();
  const { t } = useLocale();
  let status: string;
  if (checking) status = t('admin.save.checking');
  else if (problems > 0) status = t('admin.problems.count', { count: problems });
  else status = dirty || creating ? t('admin.save.unsaved') : t('admin.save.saved');
  return (
    <div className={styles.bar} role="group" aria-label={t('admin.save.label')} data-testid="save-bar">
      <Input className={styles.note} value={note} placeholder={t('admin.save.notePlaceholder')} aria-label={t('admin.save.note')} onChange={(_e, d) => onNote(d.value)} />
      <Button appearance="primary" disabled={saving || (!dirty && !creating)} icon={saving ? <Spinner size="tiny" /> : undefined} onClick={onSave} data-testid="save">
        {creating ? t('admin.save.create') : t('admin.save.save')}
      </Button>
      {publishVersion !== undefined && (
        <Button onClick={onPublish} data-testid="publish-current">
          {t('admin.save.publish', { version: publishVersion })}
        </Button>
      )}
      {problems > 0 && !checking ? (
        <Badge color="danger" appearance="tint" data-testid="problem-count">
          {status}
        </Badge>
      ) : (
        <span className={styles.status} role="status" data-testid="save-status">
          {status}
        </span>
      )}
    </div>
  );
}
