/** A field's limits, as its type has them: lengths, ranges, item counts, whole numbers, a unit. */
import { Checkbox, Input } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { NumberInput } from './inputs.js';
import { useEditorLayout } from './layout.js';
import { LocalizedInputs } from './LocalizedInputs.js';
import { FIELD_PROPS, fieldPath } from './problem-placement.js';
import { EditorField } from './problems-context.js';
import { withProp, type DraftField } from './template-draft.js';

export interface FieldSettingsProps {
  field: DraftField;
  index: number;
  change(change: (field: DraftField) => DraftField): void;
}

const NUMERIC: Record<string, MessageKey> = {
  minLength: 'admin.field.minLength',
  maxLength: 'admin.field.maxLength',
  minItems: 'admin.field.minItems',
  maxItems: 'admin.field.maxItems',
  itemMaxLength: 'admin.field.itemMaxLength',
};

type Loose = Record<string, unknown>;

export function FieldSettings({ field, index, change }: FieldSettingsProps) {
  const layout = useEditorLayout();
  const { t } = useLocale();
  const props = FIELD_PROPS[field.type] ?? [];
  const set = (key: string, value: unknown) => change((f) => withProp(f as Loose, key, value) as DraftField);
  const get = (key: string) => (field as Loose)[key];

  const inputs = props.flatMap((prop) => {
    const anchor = fieldPath(index, prop);
    const key = `${prop}`;
    if (prop in NUMERIC) {
      return [
        <EditorField key={key} anchor={anchor} label={t(NUMERIC[prop]!)}>
          <NumberInput value={get(prop) as number | undefined} data-testid={`field-${index}-${prop}`} onChange={(v) => set(prop, v)} />
        </EditorField>,
      ];
    }
    if ((prop === 'min' || prop === 'max') && field.type === 'number') {
      return [
        <EditorField key={key} anchor={anchor} label={t(prop === 'min' ? 'admin.field.min' : 'admin.field.max')}>
          <NumberInput value={get(prop) as number | undefined} data-testid={`field-${index}-${prop}`} onChange={(v) => set(prop, v)} />
        </EditorField>,
      ];
    }
    if ((prop === 'min' || prop === 'max') && field.type === 'date') {
      return [
        <EditorField key={key} anchor={anchor} label={t(prop === 'min' ? 'admin.field.minDate' : 'admin.field.maxDate')} hint={t('admin.field.dateHint')}>
          <Input value={(get(prop) as string | undefined) ?? ''} placeholder="YYYY-MM-DD" onChange={(_e, d) => set(prop, d.value.trim())} />
        </EditorField>,
      ];
    }
    if (prop === 'integer') {
      return [
        <EditorField key={key} anchor={anchor} label={t('admin.field.integerLabel')}>
          <Checkbox label={t('admin.field.integer')} checked={get('integer') === true} onChange={(_e, d) => set('integer', d.checked === true ? true : undefined)} />
        </EditorField>,
      ];
    }
    return [];
  });

  return (
    <>
      {inputs.length > 0 && <div className={layout.grid}>{inputs}</div>}
      {props.includes('unit') && (
        <LocalizedInputs anchor={fieldPath(index, 'unit')} label={t('admin.field.unit')} value={get('unit') as Loose | undefined} onChange={(v) => set('unit', v)} />
      )}
    </>
  );
}
