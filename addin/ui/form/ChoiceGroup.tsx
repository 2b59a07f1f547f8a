/** A multiselect field as a group of check boxes, in the template's option order. */
import { Checkbox } from '@fluentui/react-components';
import { localize } from '../../../src/core/i18n/locale.js';
import type { Field } from '../../../src/core/templates/schema.js';
import { useLocale } from '../../app/locale-context.js';
import { constraintHint } from './field-hints.js';
import { GroupShell } from './GroupShell.js';

export interface ChoiceGroupProps {
  field: Extract<Field, { type: 'multiselect' }>;
  value: string[];
  message?: string;
  disabled?: boolean;
  onChange(value: string[]): void;
}

export function ChoiceGroup({ field, value, message, disabled, onChange }: ChoiceGroupProps) {
  const { locale } = useLocale();
  const hint = [localize(field.help, locale), constraintHint(field, locale)].filter(Boolean).join(' ');
  const toggle = (option: string, on: boolean) => {
    const chosen = new Set(on ? [...value, option] : value.filter((v) => v !== option));
    onChange(field.options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <GroupShell label={localize(field.label, locale) || field.key} required={field.required} hint={hint} message={message} testId={`field-${field.key}`}>
      {field.options.map((o) => (
        <Checkbox
          key={o.value}
          label={localize(o.label, locale) || o.value}
          checked={value.includes(o.value)}
          disabled={disabled}
          onChange={(_e, d) => toggle(o.value, d.checked === true)}
        />
      ))}
    </GroupShell>
  );
}
