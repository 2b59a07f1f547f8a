/** One-control fields (text, textarea, number, date, select) in a Fluent Field: label, help, limits, message. */
import { Field as FluentField, Input, Select, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { localize } from '../../../src/core/i18n/locale.js';
import type { Field } from '../../../src/core/templates/schema.js';
import { useLocale } from '../../app/locale-context.js';
import { charLength, constraintHint } from './field-hints.js';

type SimpleFieldDef = Extract<Field, { type: 'text' | 'textarea' | 'number' | 'date' | 'select' }>;

const useStyles = makeStyles({
  hint: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  counter: { flexShrink: 0, fontVariantNumeric: 'tabular-nums', marginLeft: 'auto' },
  over: { color: tokens.colorPaletteRedForeground1 },
  textarea: { minHeight: '72px' },
  // Grid and flex items default to min-width: auto, so one long option would widen the pane.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  selectInner: { minWidth: 0, textOverflow: 'ellipsis' },
});

export interface SimpleFieldProps {
  field: SimpleFieldDef;
  value: string;
  message?: string;
  disabled?: boolean;
  onChange(value: string): void;
}

export function SimpleField({ field, value, message, disabled, onChange }: SimpleFieldProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const help = [localize(field.help, locale), constraintHint(field, locale)].filter(Boolean).join(' ');
  const placeholder = localize(field.placeholder, locale) || undefined;
  const max = field.type === 'text' || field.type === 'textarea' ? field.maxLength : undefined;
  const count = max ? charLength(value.trim()) : 0;
  const hint =
    help || max ? (
      <span className={styles.hint}>
        <span>{help}</span>
        {max && (
          <span className={mergeClasses(styles.counter, count > max && styles.over)} aria-hidden={count <= max}>
            {t('form.counter', { count, max })}
          </span>
        )}
      </span>
    ) : undefined;
  const common = { value, disabled, 'data-testid': `field-${field.key}` };

  let control;
  switch (field.type) {
    case 'text':
      control = <Input {...common} placeholder={placeholder} onChange={(_e, d) => onChange(d.value)} />;
      break;
    case 'textarea':
      control = <Textarea {...common} placeholder={placeholder} resize="vertical" textarea={{ className: styles.textarea }} onChange={(_e, d) => onChange(d.value)} />;
      break;
    case 'number': {
      const unit = localize(field.unit, locale);
      control = (
        <Input {...common} placeholder={placeholder} inputMode="decimal" contentAfter={unit ? <span>{unit}</span> : undefined} onChange={(_e, d) => onChange(d.value)} />
      );
      break;
    }
    case 'date':
      control = <Input {...common} type="date" min={field.min} max={field.max} onChange={(_e, d) => onChange(d.value)} />;
      break;
    case 'select':
      control = (
        <Select {...common} className={styles.select} select={{ className: styles.selectInner }} onChange={(_e, d) => onChange(d.value)}>
          <option value="">{t('form.selectPlaceholder')}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {localize(o.label, locale) || o.value}
            </option>
          ))}
        </Select>
      );
      break;
  }

  return (
    <FluentField
      className={styles.field}
      label={localize(field.label, locale) || field.key}
      required={field.required}
      hint={hint}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      {control}
    </FluentField>
  );
}
