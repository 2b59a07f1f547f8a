/** The form's fields in order: add, open, reorder, remove. */
import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LIMITS } from '../../../../src/core/templates/schema.js';
import { useLocale } from '../../../app/locale-context.js';
import { AddIcon } from '../../../ui/icons.js';
import { nextKey, type EditorAction, type EditorState } from './editor-state.js';
import { FieldCard } from './FieldCard.js';
import { useEditorLayout } from './layout.js';
import { MessageList, useMessages } from './problems-context.js';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface FieldsSectionProps {
  state: EditorState;
  dispatch(action: EditorAction): void;
}

export function FieldsSection({ state, dispatch }: FieldsSectionProps) {
  const styles = useStyles();
  const layout = useEditorLayout();
  const { t } = useLocale();
  const messages = useMessages('fields');
  const fields = state.draft.fields;
  // Loaded fields start closed; fields added here start open.
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section className={layout.section} aria-labelledby="admin-fields-heading">
      <h3 id="admin-fields-heading" className={layout.heading}>
        {t('admin.editor.fields', { count: fields.length })}
      </h3>
      <p className={layout.hint}>{t('admin.editor.fieldsHint')}</p>
      <ol className={styles.list} data-testid="editor-field-list">
        {fields.map((field, index) => {
          const key = state.keys.fields[index] ?? `f${index}`;
          return (
            <FieldCard
              key={key}
              itemKey={key}
              field={field}
              index={index}
              count={fields.length}
              expanded={open.has(key)}
              onToggle={() => toggle(key)}
              change={(change) => dispatch({ type: 'field', index, change })}
              onMove={(to) => dispatch({ type: 'move', list: 'fields', index, to })}
              onRemove={() => dispatch({ type: 'remove', list: 'fields', index })}
            />
          );
        })}
      </ol>
      {messages.length > 0 && (
        <div className={styles.error}>
          <MessageList messages={messages} />
        </div>
      )}
      <Button
        id="admin-add-field"
        className={layout.add}
        icon={<AddIcon />}
        disabled={fields.length >= LIMITS.fields}
        data-testid="add-field"
        onClick={() => {
          setOpen((s) => new Set([...s, nextKey(state)]));
          dispatch({ type: 'add', list: 'fields' });
        }}
      >
        {t('admin.editor.addField')}
      </Button>
    </section>
  );
}
