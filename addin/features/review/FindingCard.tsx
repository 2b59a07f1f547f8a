/**
 * One finding of the format review, like a suggestion: where (the paragraph, the offending text
 * highlighted), according to what (条例, GB/T 9704 or a house rule, with the clause), what to do,
 * and Fix when the correction is mechanical.
 */
import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, RuleSource } from '../../../src/core/officialdoc/review/index.js';
import { useLocale } from '../../app/locale-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { excerpt } from './review-run.js';

const SOURCE_LABELS: Record<RuleSource, MessageKey> = { tiaoli: 'review.source.tiaoli', gbt9704: 'review.source.gbt9704', house: 'review.source.house' };
const SOURCE_COLOURS: Record<RuleSource, 'danger' | 'brand' | 'informative'> = { tiaoli: 'danger', gbt9704: 'brand', house: 'informative' };

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  citation: { flexBasis: '100%', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: 'auto' },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  hit: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: 'inherit',
    borderBottom: `2px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    // A lone space or a full stop must still be visible.
    padding: '0 1px',
  },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  fixRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  fixText: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minWidth: 0 },
  replacement: { backgroundColor: tokens.colorPaletteGreenBackground2, padding: '0 2px', borderRadius: tokens.borderRadiusSmall, whiteSpace: 'pre-wrap' },
});

export interface FindingCardProps {
  finding: Finding;
  /** The paragraph's text as the review saw it. */
  paragraphText: string;
  /** Paragraph number shown to the user (1-based in the document). */
  paragraphNumber: number;
  busy: boolean;
  disabled: boolean;
  onFix(): void;
}

export function FindingCard({ finding, paragraphText, paragraphNumber, busy, disabled, onFix }: FindingCardProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const { before, hit, after } = excerpt(paragraphText, finding.start, finding.end);
  const replacement = finding.fix?.replacement;
  return (
    <article className={styles.card} data-testid="finding" data-rule={finding.ruleId} data-source={finding.source} data-paragraph={finding.paragraph}>
      <div className={styles.head}>
        <Badge appearance="tint" color={SOURCE_COLOURS[finding.source]} data-testid="finding-source">
          {t(SOURCE_LABELS[finding.source])}
        </Badge>
        <span className={styles.where}>{t('review.paragraph', { index: paragraphNumber })}</span>
        <span className={styles.citation} data-testid="finding-citation">
          {finding.citation[locale]}
        </span>
      </div>
      <p className={styles.quote} data-testid="finding-excerpt">
        {before}
        <mark className={styles.hit} data-testid="finding-hit">
          {hit}
        </mark>
        {after}
      </p>
      <Text className={styles.message} data-testid="finding-message">
        {finding.message[locale]}
      </Text>
      {replacement !== undefined && (
        <div className={styles.fixRow}>
          <span className={styles.fixText}>
            {replacement === '' ? t('review.deleteText') : t('review.replaceWith', { text: '' })}
            {replacement !== '' && <span className={styles.replacement}>{replacement}</span>}
          </span>
          <Button size="small" appearance="primary" disabled={disabled} icon={busy ? <Spinner size="tiny" /> : undefined} data-testid="finding-fix" onClick={onFix}>
            {t('review.fix')}
          </Button>
        </div>
      )}
    </article>
  );
}
