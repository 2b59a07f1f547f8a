/** House style and structure: the instructions, and the outline's sections with guidance for each. */
import { Button, Input, Textarea } from '@fluentui/react-components';
import { LIMITS } from '../../../../src/core/templates/schema.js';
import { useLocale } from '../../../app/locale-context.js';
import { AddIcon } from '../../../ui/icons.js';
import type { EditorAction, EditorState } from './editor-state.js';
import { ItemTools } from './ItemTools.js';
import { useEditorLayout } from './layout.js';
import { outlinePath } from './problem-placement.js';
import { EditorField, MessageList, useMessages } from './problems-context.js';
import type { DraftOutlineSection } from './template-draft.js';

export interface OutlineSectionProps {
  state: EditorState;
  dispatch(action: EditorAction): void;
}

export function OutlineSection({ state, dispatch }: OutlineSectionProps) {
  const layout = useEditorLayout();
  const { t } = useLocale();
  const outline = state.draft.outline ?? [];
  const outlineMessages = useMessages('outline');
  const setSection = (index: number, section: DraftOutlineSection) =>
    dispatch({ type: 'update', change: (d) => ({ ...d, outline: (d.outline ?? []).map((s, i) => (i === index ? section : s)) }) });

  return (
    <section className={layout.section} aria-labelledby="admin-style-heading">
      <h3 id="admin-style-heading" className={layout.heading}>
        {t('admin.editor.style')}
      </h3>
      <EditorField anchor="instructions" label={t('admin.editor.instructions')} hint={t('admin.editor.instructionsHint')}>
        <Textarea
          value={state.draft.instructions ?? ''}
          resize="vertical"
          rows={4}
          data-testid="editor-instructions"
          onChange={(_e, d) => dispatch({ type: 'update', change: (x) => ({ ...x, instructions: d.value }) })}
        />
      </EditorField>

      <h4 className={layout.heading}>{t('admin.editor.outline')}</h4>
      <p className={layout.hint}>{t('admin.editor.outlineHint')}</p>
      {outline.map((section, index) => {
        const key = state.keys.outline[index] ?? `o${index}`;
        const title = section.title?.trim() || t('admin.outline.untitled', { index: index + 1 });
        return (
          <div key={key} className={layout.item} data-testid={`outline-${index}`}>
            <div className={layout.itemHead}>
              <span className={layout.itemTitle}>
                {index + 1}. {title}
              </span>
              <ItemTools
                itemKey={key}
                index={index}
                count={outline.length}
                labels={{
                  up: t('admin.outline.moveUp', { name: title }),
                  down: t('admin.outline.moveDown', { name: title }),
                  remove: t('admin.outline.remove', { name: title }),
                }}
                afterRemoveFocusId="admin-add-section"
                onMove={(to) => dispatch({ type: 'move', list: 'outline', index, to })}
                onRemove={() => dispatch({ type: 'remove', list: 'outline', index })}
              />
            </div>
            <EditorField anchor={outlinePath(index, 'title')} label={t('admin.outline.title')}>
              <Input value={section.title ?? ''} onChange={(_e, d) => setSection(index, { ...section, title: d.value })} />
            </EditorField>
            <EditorField anchor={outlinePath(index, 'guidance')} label={t('admin.outline.guidance')}>
              <Textarea value={section.guidance ?? ''} resize="vertical" onChange={(_e, d) => setSection(index, { ...section, guidance: d.value })} />
            </EditorField>
          </div>
        );
      })}
      {outlineMessages.length > 0 && <MessageList messages={outlineMessages} />}
      <Button
        id="admin-add-section"
        className={layout.add}
        icon={<AddIcon />}
        disabled={outline.length >= LIMITS.outlineSections}
        onClick={() => dispatch({ type: 'add', list: 'outline' })}
      >
        {t('admin.outline.add')}
      </Button>
    </section>
  );
}
