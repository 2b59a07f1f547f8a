/**
 * The pane's top row: the tabs, the language switch (the other language, named in itself) and
 * the account menu.
 * Office already shows the add-in's name above the pane, so the h1 is for screen readers only.
 */
import type { ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AccountMenu } from './AccountMenu.js';
import { useLocale } from './locale-context.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  srOnly: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  language: { minWidth: 'auto', flexShrink: 0 },
  end: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  // In the narrowest pane (320 px, four tabs) the tabs scroll sideways instead of pushing the page wider.
  tabs: { flex: '1 1 auto', minWidth: 0, overflowX: 'auto', scrollbarWidth: 'none' },
});

export function PaneHeader({ tabs }: { tabs: ReactNode }) {
  const styles = useStyles();
  const { locale, setLocale, t } = useLocale();
  const other = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <header className={styles.header}>
      <h1 className={styles.srOnly}>{t('app.title')}</h1>
      <div className={styles.tabs}>{tabs}</div>
      <div className={styles.end}>
        <Button
          appearance="subtle"
          size="small"
          className={styles.language}
          aria-label={t('app.switchLanguage', { language: t('app.otherLanguage') })}
          data-testid="language-switch"
          onClick={() => setLocale(other)}
        >
          {t('app.otherLanguage')}
        </Button>
        <AccountMenu />
      </div>
    </header>
  );
}
