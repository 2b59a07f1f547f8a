/**
 * Facts the model must never make up (a document number, a signatory): it writes a marker such
 * as 【发文字号】 instead, or uses the named field's value when the form gives one.
 */
import { Button, Input, Select } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import { AddIcon } from '../../../ui/icons.js';
import type { EditorAction, EditorState } from './editor-state.js';
import { ItemTools } from './ItemTools.js';
import { useEditorLayout } from './layout.js';
import { LocalizedInputs } from './LocalizedInputs.js';
import { placeholderPath } from './problem-placement.js';
import { EditorField, MessageList, useMessages } from './problems-context.js';
import { fieldKeys, withProp, type DraftPlaceholder } from './template-draft.js';

export interface PlaceholdersSectionProps {
  state: EditorState;
  dispatch(action: EditorAction): void;
}

export function PlaceholdersSection({ state, dispatch }: PlaceholdersSectionProps) {
  const layout = useEditorLayout();
  const { t } = useLocale();
  const placeholders = state.draft.placeholders ?? [];
  const keys = fieldKeys(state.draft);
  const messages = useMessages('placeholders');
  const set = (index: number, next: DraftPlaceholder) =>
    dispatch({ type: 'update', change: (d) => ({ ...d, placeholders: (d.placeholders ?? []).map((p, i) => (i === index ? next : p)) }) });

  return (
    <section className={layout.section} aria-labelledby="admin-placeholders-heading">
      <h3 id="admin-placeholders-heading" className={layout.heading}>
        {t('admin.editor.placeholders')}
      </h3>
      <p className={layout.hint}>{t('admin.editor.placeholdersHint')}</p>
      {placeholders.map((ph, index) => {
        const key = state.keys.placeholders[index] ?? `p${index}`;
        const name = ph.key?.trim() || t('admin.placeholder.untitled', { index: index + 1 });
        return (
          <div key={key} className={layout.item} data-testid={`placeholder-${index}`}>
            <div className={layout.itemHead}>
              <span className={layout.itemTitle}>【{name}】</span>
              <ItemTools
                itemKey={key}
                index={index}
                count={placeholders.length}
                labels={{
                  up: t('admin.placeholder.moveUp', { name }),
                  down: t('admin.placeholder.moveDown', { name }),
                  remove: t('admin.placeholder.remove', { name }),
                }}
                afterRemoveFocusId="admin-add-placeholder"
                onMove={(to) => dispatch({ type: 'move', list: 'placeholders', index, to })}
                onRemove={() => dispatch({ type: 'remove', list: 'placeholders', index })}
              />
            </div>
            <div className={layout.grid}>
              <EditorField anchor={placeholderPath(index, 'key')} label={t('admin.placeholder.key')}>
                <Input value={ph.key ?? ''} onChange={(_e, d) => set(index, { ...ph, key: d.value })} />
              </EditorField>
              <EditorField anchor={placeholderPath(index, 'field')} label={t('admin.placeholder.field')}>
                <Select value={ph.field ?? ''} onChange={(_e, d) => set(index, withProp(ph, 'field', d.value))}>
                  <option value="">{t('admin.placeholder.noField')}</option>
                  {ph.field && !keys.includes(ph.field) && <option value={ph.field}>{ph.field}</option>}
                  {keys.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </Select>
              </EditorField>
            </div>
            <LocalizedInputs anchor={placeholderPath(index, 'label')} label={t('admin.placeholder.label')} value={ph.label} onChange={(label) => set(index, { ...ph, label: label ?? {} })} />
          </div>
        );
      })}
      {messages.length > 0 && <MessageList messages={messages} />}
      <Button id="admin-add-placeholder" className={layout.add} icon={<AddIcon />} onClick={() => dispatch({ type: 'add', list: 'placeholders' })}>
        {t('admin.placeholder.add')}
      </Button>
    </section>
  );
}
