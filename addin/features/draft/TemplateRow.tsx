/** One template in the gallery: the row opens it, the star keeps it among the favourites. */
import { useId } from 'react';
import { Button, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { localize } from '../../../src/core/i18n/locale.js';
import type { TemplateSummary } from '../../api/client.js';
import { useLocale } from '../../app/locale-context.js';
import { StarIcon } from '../../ui/icons.js';
import { templateName } from './gallery-filter.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  open: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    gap: tokens.spacingVerticalXXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  desc: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  star: { marginTop: tokens.spacingVerticalS, flexShrink: 0 },
  // A pressed star shows by its colour and fill, not by a pressed-button background.
  starOn: {
    color: tokens.colorPaletteMarigoldForeground1,
    backgroundColor: 'transparent',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorPaletteMarigoldForeground1 },
  },
});

export interface TemplateRowProps {
  template: TemplateSummary;
  favourite: boolean;
  onOpen(id: string): void;
  onToggleFavourite(id: string): void;
}

export function TemplateRow({ template, favourite, onOpen, onToggleFavourite }: TemplateRowProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const descId = useId();
  const name = templateName(template, locale);
  const description = localize(template.description, locale);
  return (
    <li className={styles.row}>
      <Button
        appearance="subtle"
        className={styles.open}
        aria-label={name}
        aria-describedby={description ? descId : undefined}
        data-testid={`template-${template.id}`}
        onClick={() => onOpen(template.id)}
      >
        <span className={styles.name}>{name}</span>
        {description && (
          <span id={descId} className={styles.desc}>
            {description}
          </span>
        )}
      </Button>
      <ToggleButton
        appearance="subtle"
        size="small"
        className={mergeClasses(styles.star, favourite && styles.starOn)}
        checked={favourite}
        icon={<StarIcon filled={favourite} />}
        aria-label={t('gallery.favourite', { name })}
        data-testid={`favourite-${template.id}`}
        onClick={() => onToggleFavourite(template.id)}
      />
    </li>
  );
}
