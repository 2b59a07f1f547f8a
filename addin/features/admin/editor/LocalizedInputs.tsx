/** A text in both languages: one input per language under one label and one set of messages. */
import { useId } from 'react';
import { Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../../../src/core/i18n/locale.js';
import { useLocale } from '../../../app/locale-context.js';
import { EditorGroup } from './problems-context.js';
import { withText, type LocalizedInput } from './template-draft.js';

const useStyles = makeStyles({
  // Side by side where there is room, stacked in the narrow pane.
  rows: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(180px, 100%), 1fr))', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  lang: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  area: { minHeight: '56px' },
});

export interface LocalizedInputsProps {
  anchor: string;
  label: string;
  value: LocalizedInput | undefined;
  onChange(value: LocalizedInput | undefined): void;
  multiline?: boolean;
  hint?: string;
  /** For tests and for focusing: `${testId}-zh-CN`, `${testId}-en-US`. */
  testId?: string;
}

const LANGUAGE_KEY: Record<Locale, 'admin.lang.zh' | 'admin.lang.en'> = { 'zh-CN': 'admin.lang.zh', 'en-US': 'admin.lang.en' };

export function LocalizedInputs({ anchor, label, value, onChange, multiline, hint, testId }: LocalizedInputsProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const id = useId();
  return (
    <EditorGroup anchor={anchor} label={label} hint={hint}>
      <div className={styles.rows}>
        {LOCALES.map((locale) => {
          const inputId = `${id}-${locale}`;
          const common = {
            id: inputId,
            value: value?.[locale] ?? '',
            'data-testid': testId ? `${testId}-${locale}` : undefined,
            onChange: (_e: unknown, d: { value: string }) => onChange(withText(value, locale, d.value)),
          };
          return (
            <div key={locale} className={styles.row}>
              <label htmlFor={inputId} className={styles.lang}>
                {t(LANGUAGE_KEY[locale])}
              </label>
              {multiline ? <Textarea {...common} resize="vertical" textarea={{ className: styles.area }} /> : <Input {...common} />}
            </div>
          );
        })}
      </div>
    </EditorGroup>
  );
}
