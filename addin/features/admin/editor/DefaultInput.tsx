/** A field's default value, entered the way the field itself is filled in. */
import { Checkbox, Input, Select, Textarea } from '@fluentui/react-components';
import { localize } from '../../../../src/core/i18n/locale.js';
import { useLocale } from '../../../app/locale-context.js';
import { ListInput, NumberInput } from './inputs.js';
import { useEditorLayout } from './layout.js';
import { fieldPath } from './problem-placement.js';
import { EditorField, EditorGroup } from './problems-context.js';
import { withProp, type DraftField } from './template-draft.js';

export interface DefaultInputProps {
  field: DraftField;
  index: number;
  change(change: (field: DraftField) => DraftField): void;
}

export function DefaultInput({ field, index, change }: DefaultInputProps) {
  const layout = useEditorLayout();
  const { locale, t } = useLocale();
  const anchor = fieldPath(index, 'default');
  const label = t('admin.field.default');
  const set = (value: unknown) => change((f) => withProp(f as Record<string, unknown>, 'default', value) as DraftField);
  const testId = `field-${index}-default`;

  switch (field.type) {
    case 'text':
      return (
        <EditorField anchor={anchor} label={label}>
          <Input value={field.default ?? ''} data-testid={testId} onChange={(_e, d) => set(d.value)} />
        </EditorField>
      );
    case 'textarea':
      return (
        <EditorField anchor={anchor} label={label}>
          <Textarea value={field.default ?? ''} resize="vertical" data-testid={testId} onChange={(_e, d) => set(d.value)} />
        </EditorField>
      );
    case 'number':
      return (
        <EditorField anchor={anchor} label={label}>
          <NumberInput value={field.default} data-testid={testId} onChange={set} />
        </EditorField>
      );
    case 'date':
      return (
        <EditorField anchor={anchor} label={label} hint={t('admin.field.dateDefaultHint')}>
          <Input value={field.default ?? ''} placeholder="YYYY-MM-DD" data-testid={testId} onChange={(_e, d) => set(d.value.trim())} />
        </EditorField>
      );
    case 'select':
      return (
        <EditorField anchor={anchor} label={label}>
          <Select value={field.default ?? ''} data-testid={testId} onChange={(_e, d) => set(d.value)}>
            <option value="">{t('admin.field.noDefault')}</option>
            {/* A default that is no longer an option stays visible, so the message under it makes sense. */}
            {field.default && !(field.options ?? []).some((o) => o.value === field.default) && <option value={field.default}>{field.default}</option>}
            {(field.options ?? []).filter((o) => o.value).map((o) => (
              <option key={o.value} value={o.value}>
                {localize(o.label, locale) || o.value}
              </option>
            ))}
          </Select>
        </EditorField>
      );
    case 'multiselect': {
      const chosen = field.default ?? [];
      const values = (field.options ?? []).map((o) => o.value).filter(Boolean);
      return (
        <EditorGroup anchor={anchor} label={label}>
          <div className={layout.checks}>
            {values.map((v) => (
              <Checkbox
                key={v}
                label={localize(field.options?.find((o) => o.value === v)?.label, locale) || v}
                checked={chosen.includes(v)}
                onChange={(_e, d) => {
                  const next = d.checked === true ? [...chosen, v] : chosen.filter((x) => x !== v);
                  set(next.length ? values.filter((x) => next.includes(x)) : undefined);
                }}
              />
            ))}
          </div>
        </EditorGroup>
      );
    }
    case 'list':
      return (
        <EditorField anchor={anchor} label={label} hint={t('admin.field.listDefaultHint')}>
          <ListInput by="line" value={field.default} data-testid={testId} onChange={set} />
        </EditorField>
      );
  }
}
