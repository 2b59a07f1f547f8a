/** The form generated from a template's fields, one component per field type. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Field } from '../../../src/core/templates/schema.js';
import type { FormValues } from '../../state/draft-store.js';
import { ChoiceGroup } from './ChoiceGroup.js';
import { ListRows } from './ListRows.js';
import { SimpleField } from './SimpleField.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface FieldFormProps {
  fields: Field[];
  values: FormValues;
  messages: Record<string, string>;
  disabled?: boolean;
  onChange(key: string, value: string | string[]): void;
}

const asList = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);
const asText = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('\n') : (v ?? ''));

export function FieldForm({ fields, values, messages, disabled, onChange }: FieldFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      {fields.map((field) => {
        const common = { message: messages[field.key], disabled };
        let input;
        if (field.type === 'multiselect') input = <ChoiceGroup {...common} field={field} value={asList(values[field.key])} onChange={(v) => onChange(field.key, v)} />;
        else if (field.type === 'list') input = <ListRows {...common} field={field} value={asList(values[field.key])} onChange={(v) => onChange(field.key, v)} />;
        else input = <SimpleField {...common} field={field} value={asText(values[field.key])} onChange={(v) => onChange(field.key, v)} />;
        return (
          <div key={field.key} data-field-key={field.key}>
            {input}
          </div>
        );
      })}
    </div>
  );
}
