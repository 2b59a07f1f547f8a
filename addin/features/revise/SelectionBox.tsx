/** The text the revision works on: the document's selection (with a refresh), or a paste box where the host cannot read it. */
import { Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import { RefreshIcon } from '../../ui/icons.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  quote: {
    margin: 0,
    maxHeight: '9.5em',
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface SelectionBoxProps {
  canRead: boolean;
  text: string;
  onRefresh(): void;
  onPaste(text: string): void;
  disabled?: boolean;
}

export function SelectionBox({ canRead, text, onRefresh, onPaste, disabled }: SelectionBoxProps) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <section className={styles.root} aria-labelledby="revise-selection-heading">
      <div className={styles.head}>
        <h2 id="revise-selection-heading" className={styles.label}>
          {t('revise.selection')}
        </h2>
        {canRead && (
          <Button size="small" appearance="subtle" icon={<RefreshIcon />} data-testid="use-selection" disabled={disabled} onClick={onRefresh}>
            {t('revise.refresh')}
          </Button>
        )}
      </div>
      {canRead ? (
        text.trim() ? (
          <>
            <blockquote className={styles.quote} tabIndex={0} aria-labelledby="revise-selection-heading" data-testid="selection-text">
              {text}
            </blockquote>
            <Text className={styles.count}>{t('revise.chars', { count: [...text].length })}</Text>
          </>
        ) : (
          <Text className={styles.empty} data-testid="selection-empty">
            {t('revise.noSelection')}
          </Text>
        )
      ) : (
        <>
          <Text className={styles.empty}>{t('revise.cannotRead')}</Text>
          <Textarea value={text} aria-label={t('revise.pasteLabel')} resize="vertical" disabled={disabled} onChange={(_e, d) => onPaste(d.value)} />
        </>
      )}
    </section>
  );
}
