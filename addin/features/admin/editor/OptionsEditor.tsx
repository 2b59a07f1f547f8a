/** The choices of a select or multiselect field: a stored value and, optionally, a label per language. */
import { Button, Input, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import { AddIcon, DeleteIcon } from '../../../ui/icons.js';
import { focusSoon } from './ItemTools.js';
import { useEditorLayout } from './layout.js';
import { LocalizedInputs } from './LocalizedInputs.js';
import { fieldPath, optionPath } from './problem-placement.js';
import { EditorField, EditorGroup } from './problems-context.js';
import { withProp, type DraftField, type DraftOption } from './template-draft.js';

const useStyles = makeStyles({
  option: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  valueRow: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  value: { flexGrow: 1, minWidth: 0 },
});

type ChoiceField = Extract<DraftField, { type: 'select' | 'multiselect' }>;

export interface OptionsEditorProps {
  field: ChoiceField;
  index: number;
  itemKey: string;
  change(change: (field: DraftField) => DraftField): void;
}

export function OptionsEditor({ field, index, itemKey, change }: OptionsEditorProps) {
  const styles = useStyles();
  const layout = useEditorLayout();
  const { t } = useLocale();
  const options = field.options ?? [];
  const addId = `${itemKey}-add-option`;
  const setOptions = (next: DraftOption[]) => change((f) => ({ ...(f as ChoiceField), options: next }));
  const setOption = (j: number, option: DraftOption) => setOptions(options.map((o, i) => (i === j ? option : o)));

  return (
    <EditorGroup anchor={fieldPath(index, 'options')} label={t('admin.field.options')} hint={t('admin.field.optionsHint')}>
      {options.map((option, j) => (
        <div key={j} className={styles.option} data-testid={`field-${index}-option-${j}`}>
          <div className={styles.valueRow}>
            <EditorField anchor={optionPath(index, j, 'value')} label={t('admin.field.optionValue', { index: j + 1 })} className={styles.value}>
              <Input value={option.value ?? ''} data-testid={`field-${index}-option-${j}-value`} onChange={(_e, d) => setOption(j, { ...option, value: d.value })} />
            </EditorField>
            <Tooltip content={t('admin.field.removeOption', { index: j + 1 })} relationship="label">
              <Button
                appearance="subtle"
                icon={<DeleteIcon />}
                onClick={() => {
                  setOptions(options.filter((_o, i) => i !== j));
                  focusSoon(addId);
                }}
              />
            </Tooltip>
          </div>
          <LocalizedInputs
            anchor={optionPath(index, j, 'label')}
            label={t('admin.field.optionLabel')}
            value={option.label}
            onChange={(label) => setOption(j, withProp(option, 'label', label))}
          />
        </div>
      ))}
      <Button id={addId} size="small" className={layout.add} icon={<AddIcon />} data-testid={`field-${index}-add-option`} onClick={() => setOptions([...options, { value: '' }])}>
        {t('admin.field.addOption')}
      </Button>
    </EditorGroup>
  );
}
