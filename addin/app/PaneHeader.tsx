/**
 * The pane's top row: the tabs, the language switch (the other language, named in itself) and
 * the account menu.
 * Office already shows the add-in's name above the pane, so the h1 is for screen readers only.
 */
import { useRef, type ReactNode } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useWidth } from '../ui/use-width.js';
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
  // Past what tighter tabs can fit, the tabs scroll sideways rather than push the page wider.
  tabs: { flex: '1 1 auto', minWidth: 0, overflowX: 'auto', scrollbarWidth: 'none' },
  // Office's narrowest pane (320 px) holds four tabs, the language switch and ⋯ with tighter tabs.
  narrow: { '& .fui-Tab': { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS } },
});

/** Office task panes start at 320 px; a pane this narrow gets the tighter tabs. */
const NARROW_PANE = 380;

export function PaneHeader({ tabs }: { tabs: ReactNode }) {
  const styles = useStyles();
  const { locale, setLocale, t } = useLocale();
  const other = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  const header = useRef<HTMLElement>(null);
  const narrow = useWidth(header) < NARROW_PANE;
  return (
    <header ref={header} className={mergeClasses(styles.header, narrow && styles.narrow)}>
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
