/**
 * A list field: one input per item, with add and remove buttons. Focus follows the change
 * (to the new row, or the row before the removed one) so it works from the keyboard.
 */
import { useEffect, useRef } from 'react';
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../src/core/i18n/locale.js';
import { LIMITS, type Field } from '../../../src/core/templates/schema.js';
import { useLocale } from '../../app/locale-context.js';
import { AddIcon, DismissIcon } from '../icons.js';
import { constraintHint } from './field-hints.js';
import { GroupShell } from './GroupShell.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: 0 },
  add: { alignSelf: 'flex-start' },
});

export interface ListRowsProps {
  field: Extract<Field, { type: 'list' }>;
  value: string[];
  message?: string;
  disabled?: boolean;
  onChange(value: string[]): void;
}

export function ListRows({ field, value, message, disabled, onChange }: ListRowsProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusNext = useRef<number | null>(null);
  const rows = value.length ? value : [''];
  const label = localize(field.label, locale) || field.key;
  const hint = [localize(field.help, locale), constraintHint(field, locale)].filter(Boolean).join(' ');
  const max = Math.min(field.maxItems ?? LIMITS.listItems, LIMITS.listItems);

  useEffect(() => {
    if (focusNext.current !== null) {
      inputs.current[focusNext.current]?.focus();
      focusNext.current = null;
    }
  });

  const set = (i: number, text: string) => onChange(rows.map((r, j) => (j === i ? text : r)));
  const add = () => {
    focusNext.current = rows.length;
    onChange([...rows, '']);
  };
  const remove = (i: number) => {
    focusNext.current = Math.max(0, i - 1);
    const next = rows.filter((_r, j) => j !== i);
    onChange(next.length ? next : ['']);
  };

  return (
    <GroupShell label={label} required={field.required} hint={hint} message={message} testId={`field-${field.key}`}>
      {rows.map((row, i) => (
        <div key={i} className={styles.row}>
          <Input
            className={styles.input}
            value={row}
            disabled={disabled}
            placeholder={i === 0 ? localize(field.placeholder, locale) || undefined : undefined}
            aria-label={t('form.listItem', { label, index: i + 1 })}
            input={{ ref: (el: HTMLInputElement | null) => void (inputs.current[i] = el) }}
            onChange={(_e, d) => set(i, d.value)}
            onKeyDown={(e) => {
              // Enter in the last row adds the next one, as people expect from a list.
              if (e.key === 'Enter' && i === rows.length - 1 && row.trim() && rows.length < max) {
                e.preventDefault();
                add();
              }
            }}
          />
          {(rows.length > 1 || row !== '') && (
            <Button
              appearance="subtle"
              size="small"
              icon={<DismissIcon />}
              disabled={disabled}
              aria-label={t('form.listRemove', { index: i + 1 })}
              onClick={() => remove(i)}
            />
          )}
        </div>
      ))}
      <Button className={styles.add} appearance="transparent" size="small" icon={<AddIcon />} disabled={disabled || rows.length >= max} onClick={add}>
        {t('form.listAdd')}
      </Button>
    </GroupShell>
  );
}
