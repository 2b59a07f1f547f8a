/**
 * Someone saved the template while this admin was editing it. Nothing is lost: the admin's text
 * stays in the editor until they choose; theirs is on the gateway. The panel compares the two
 * side by side, copies either, swaps the editor between them, or saves the admin's on top.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AdminTemplateVersion } from '../../../../src/core/templates/admin-api.js';
import { useLocale } from '../../../app/locale-context.js';
import { copyToClipboard } from '../../../ui/clipboard.js';
import type { DraftTemplate } from '../editor/template-draft.js';
import { formatTime } from '../format.js';
import { VersionDiff } from '../versions/VersionDiff.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  sides: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))', gap: tokens.spacingHorizontalM },
  side: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sideTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '320px',
    overflowY: 'auto',
  },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface Conflict {
  /** The admin's unsaved template, as it was when the save was refused. */
  mine: DraftTemplate;
  /** The version someone else saved. */
  theirs: AdminTemplateVersion;
  /** The version the admin had started from. */
  base: number;
}

export interface ConflictPanelProps {
  conflict: Conflict;
  /** Which text the editor holds now. */
  showing: 'mine' | 'theirs';
  saving: boolean;
  onShow(which: 'mine' | 'theirs'): void;
  /** Saves the admin's text as the version after theirs. */
  onSaveMine(): void;
  onDismiss(): void;
}

const asJson = (v: unknown) => JSON.stringify(v, null, 2);

export function ConflictPanel({ conflict, showing, saving, onShow, onSaveMine, onDismiss }: ConflictPanelProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const [compare, setCompare] = useState(false);
  const [copied, setCopied] = useState<'mine' | 'theirs' | undefined>();
  const { theirs, mine, base } = conflict;
  const copy = async (which: 'mine' | 'theirs') => {
    if (await copyToClipboard(asJson(which === 'mine' ? mine : theirs.template))) setCopied(which);
  };

  return (
    <div className={styles.root} data-testid="conflict-panel">
      <MessageBar intent="warning" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{t('admin.conflict.title', { version: theirs.version })}</MessageBarTitle>
          <div>{t('admin.conflict.body', { by: theirs.createdBy, time: formatTime(theirs.createdAt, locale), base, version: theirs.version })}</div>
          <div className={styles.status} role="status">
            {showing === 'mine' ? t('admin.conflict.showingMine') : t('admin.conflict.showingTheirs', { version: theirs.version })}
          </div>
          <div className={styles.actions}>
            <Button size="small" onClick={() => setCompare((c) => !c)} aria-expanded={compare} data-testid="conflict-compare">
              {compare ? t('admin.conflict.hideCompare') : t('admin.conflict.compare')}
            </Button>
            <Button size="small" onClick={() => void copy('mine')} data-testid="conflict-copy-mine">
              {copied === 'mine' ? t('admin.conflict.copied') : t('admin.conflict.copyMine')}
            </Button>
            <Button size="small" onClick={() => void copy('theirs')}>
              {copied === 'theirs' ? t('admin.conflict.copied') : t('admin.conflict.copyTheirs', { version: theirs.version })}
            </Button>
            {showing === 'mine' ? (
              <Button size="small" onClick={() => onShow('theirs')} data-testid="conflict-load-theirs">
                {t('admin.conflict.loadTheirs', { version: theirs.version })}
              </Button>
            ) : (
              <Button size="small" onClick={() => onShow('mine')} data-testid="conflict-load-mine">
                {t('admin.conflict.loadMine')}
              </Button>
            )}
            {showing === 'mine' && (
              <Button size="small" appearance="primary" disabled={saving} onClick={onSaveMine} data-testid="conflict-save-mine">
                {t('admin.conflict.saveMine', { version: theirs.version + 1 })}
              </Button>
            )}
            {/* Closing is safe only while the editor holds the admin's own text. */}
            {showing === 'mine' && (
              <Button size="small" appearance="subtle" onClick={onDismiss}>
                {t('admin.conflict.dismiss')}
              </Button>
            )}
          </div>
        </MessageBarBody>
      </MessageBar>

      {compare && (
        <>
          <div className={styles.sides} data-testid="conflict-sides">
            <section className={styles.side} aria-labelledby="conflict-mine">
              <h4 id="conflict-mine" className={styles.sideTitle}>
                {t('admin.conflict.mine')}
              </h4>
              <pre className={styles.text} data-testid="conflict-mine-prompt">{mine.prompt}</pre>
            </section>
            <section className={styles.side} aria-labelledby="conflict-theirs">
              <h4 id="conflict-theirs" className={styles.sideTitle}>
                {t('admin.conflict.theirs', { version: theirs.version, by: theirs.createdBy })}
              </h4>
              <pre className={styles.text} data-testid="conflict-theirs-prompt">{theirs.template.prompt}</pre>
            </section>
          </div>
          <Text weight="semibold">{t('admin.conflict.differences', { version: theirs.version })}</Text>
          <VersionDiff before={theirs.template} after={mine} title={t('admin.conflict.differences', { version: theirs.version })} />
        </>
      )}
    </div>
  );
}
