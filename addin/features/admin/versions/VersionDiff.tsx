/** The changed parts of two template bodies, each with a word-level diff (src/core/diff). */
import { useMemo } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import { DiffView } from '../../../ui/suggestion/DiffView.js';
import { versionChanges } from './version-changes.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  legend: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  part: {
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowX: 'auto',
  },
  partTitle: { margin: `0 0 ${tokens.spacingVerticalS}`, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface VersionDiffProps {
  before: unknown;
  after: unknown;
  /** "Version 2 → version 3", for screen readers and the legend. */
  title: string;
}

export function VersionDiff({ before, after, title }: VersionDiffProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const changes = useMemo(() => versionChanges(before, after), [before, after]);
  if (changes.length === 0) return <Text data-testid="version-diff-none">{t('admin.versions.identical')}</Text>;
  return (
    <div className={styles.root} role="region" aria-label={title} data-testid="version-diff">
      <Text className={styles.legend}>
        {t('admin.versions.changedParts', { count: changes.length })} {t('diff.legend')}
      </Text>
      {changes.map((c) => (
        <div key={c.part} className={styles.part} data-testid={`diff-part-${c.part}`}>
          <h4 className={styles.partTitle}>{c.part}</h4>
          <DiffView before={c.before} after={c.after} legend={false} label={`${title}: ${c.part}`} />
        </div>
      ))}
    </div>
  );
}
