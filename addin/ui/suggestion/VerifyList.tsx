/** Under the text: how many items to verify and, on request, why, so nobody has to hover to find them. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import type { VerifyMarkLike } from './marks.js';

const useStyles = makeStyles({
  root: {
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  title: { fontWeight: tokens.fontWeightSemibold, cursor: 'pointer', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  hint: { margin: `${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '1.2em' },
  text: { fontWeight: tokens.fontWeightSemibold },
});

export function VerifyList({ marks }: { marks: VerifyMarkLike[] }) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  return (
    <div className={styles.root} data-testid="verify-list">
      {/* Closed by default: the marks in the text carry the same explanation as a tooltip. */}
      <details>
        <summary className={styles.title}>{t('card.verifyTitle', { count: marks.length })}</summary>
        <p className={styles.hint}>{t('card.verifyHint')}</p>
        <ul className={styles.list}>
          {marks.map((m, i) => (
            <li key={i}>
              <span className={styles.text}>{m.text}</span> — {m.reason[locale]}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
