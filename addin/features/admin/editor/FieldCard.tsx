/**
 * One field of the template: key, type, label, required, limits, options, default, help and
 * placeholder. Collapsible, so a long form stays manageable in the narrow pane; a collapsed
 * card still says how many problems it has.
 */
import { useId } from 'react';
import { Badge, Button, Checkbox, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../src/core/i18n/locale.js';
import { FIELD_TYPES, type FieldType } from '../../../../src/core/templates/schema.js';
import { useLocale } from '../../../app/locale-context.js';
import { ChevronIcon } from '../../../ui/icons.js';
import { DefaultInput } from './DefaultInput.js';
import { FieldSettings } from './FieldSettings.js';
import { ItemTools } from './ItemTools.js';
import { useEditorLayout } from './layout.js';
import { LocalizedInputs } from './LocalizedInputs.js';
import { OptionsEditor } from './OptionsEditor.js';
import { fieldPath } from './problem-placement.js';
import { EditorField, useProblemCount } from './problems-context.js';
import { changeFieldType, withProp, type DraftField } from './template-draft.js';

const useStyles = makeStyles({
  toggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggleText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  key: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface FieldCardProps {
  field: DraftField;
  index: number;
  count: number;
  itemKey: string;
  expanded: boolean;
  onToggle(): void;
  change(change: (field: DraftField) => DraftField): void;
  onMove(to: number): void;
  onRemove(): void;
}

export function FieldCard({ field, index, count, itemKey, expanded, onToggle, change, onMove, onRemove }: FieldCardProps) {
  const styles = useStyles();
  const layout = useEditorLayout();
  const { locale, t } = useLocale();
  const bodyId = useId();
  const problems = useProblemCount(fieldPath(index));
  const name = localize(field.label, locale) || t('admin.field.untitled');
  const key = field.key || '—';

  return (
    <li className={layout.item} data-testid={`field-card-${index}`} aria-label={t('admin.field.card', { index: index + 1, name })}>
      <div className={layout.itemHead}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={<ChevronIcon open={expanded} />}
          aria-expanded={expanded}
          aria-controls={bodyId}
          data-testid={`field-toggle-${index}`}
          onClick={onToggle}
        >
          <span className={styles.toggleText}>
            {index + 1}. {name} <span className={styles.key}>{key} · {t(`admin.fieldType.${field.type}`)}</span>
          </span>
        </Button>
        {problems > 0 && (
          <Badge color="danger" appearance="filled" size="small" aria-label={t('admin.problems.count', { count: problems })}>
            {problems}
          </Badge>
        )}
        <ItemTools
          itemKey={itemKey}
          index={index}
          count={count}
          labels={{
            up: t('admin.field.moveUp', { name: key }),
            down: t('admin.field.moveDown', { name: key }),
            remove: t('admin.field.remove', { name: key }),
          }}
          afterRemoveFocusId="admin-add-field"
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      {expanded && (
        <div id={bodyId} className={styles.body}>
          <div className={layout.grid}>
            <EditorField anchor={fieldPath(index, 'key')} label={t('admin.field.key')} hint={t('admin.field.keyHint')} required>
              <Input className={layout.mono} value={field.key ?? ''} data-testid={`field-${index}-key`} onChange={(_e, d) => change((f) => ({ ...f, key: d.value.trim() }))} />
            </EditorField>
            <EditorField anchor={fieldPath(index, 'type')} label={t('admin.field.type')}>
              <Select value={field.type} data-testid={`field-${index}-type`} onChange={(_e, d) => change((f) => changeFieldType(f, d.value as FieldType))}>
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`admin.fieldType.${type}`)}
                  </option>
                ))}
              </Select>
            </EditorField>
          </div>
          <LocalizedInputs anchor={fieldPath(index, 'label')} label={t('admin.field.label')} value={field.label} testId={`field-${index}-label`} onChange={(label) => change((f) => ({ ...f, label: label ?? {} }))} />
          <EditorField anchor={fieldPath(index, 'required')} label={t('admin.field.requiredLabel')}>
            <Checkbox
              label={t('admin.field.required')}
              checked={field.required === true}
              data-testid={`field-${index}-required`}
              onChange={(_e, d) => change((f) => ({ ...f, required: d.checked === true }))}
            />
          </EditorField>
          <FieldSettings field={field} index={index} change={change} />
          {(field.type === 'select' || field.type === 'multiselect') && <OptionsEditor field={field} index={index} itemKey={itemKey} change={change} />}
          <DefaultInput field={field} index={index} change={change} />
          <LocalizedInputs anchor={fieldPath(index, 'help')} label={t('admin.field.help')} multiline value={field.help} onChange={(v) => change((f) => withProp(f, 'help', v))} />
          <LocalizedInputs anchor={fieldPath(index, 'placeholder')} label={t('admin.field.placeholder')} value={field.placeholder} onChange={(v) => change((f) => withProp(f, 'placeholder', v))} />
        </div>
      )}
    </li>
  );
}
