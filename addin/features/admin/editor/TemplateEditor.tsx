/**
 * The template form: about, fields, style and outline, placeholders, output, prompt. Every
 * input shows the live validation's messages for it; problems that fit no input are listed first.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import type { EditorAction, EditorState } from './editor-state.js';
import { FieldsSection } from './FieldsSection.js';
import { MetadataSection } from './MetadataSection.js';
import { OutlineSection } from './OutlineSection.js';
import { OutputSection } from './OutputSection.js';
import { PlaceholdersSection } from './PlaceholdersSection.js';
import type { PlacedProblems } from './problem-placement.js';
import { MessageList, ProblemsProvider } from './problems-context.js';
import { PromptEditor } from './PromptEditor.js';
import { useEditorLayout } from './layout.js';
import type { DraftTemplate } from './template-draft.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface TemplateEditorProps {
  state: EditorState;
  dispatch(action: EditorAction): void;
  placed: PlacedProblems;
  idEditable: boolean;
}

export function TemplateEditor({ state, dispatch, placed, idEditable }: TemplateEditorProps) {
  const styles = useStyles();
  const layout = useEditorLayout();
  const { t } = useLocale();
  const update = (change: (d: DraftTemplate) => DraftTemplate) => dispatch({ type: 'update', change });
  return (
    <ProblemsProvider value={placed}>
      <div className={styles.root} data-testid="template-editor">
        {placed.unplaced.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('admin.problems.general')}</MessageBarTitle>
              <MessageList messages={placed.unplaced} />
            </MessageBarBody>
          </MessageBar>
        )}
        <MetadataSection draft={state.draft} idEditable={idEditable} update={update} />
        <FieldsSection state={state} dispatch={dispatch} />
        <section className={layout.section} aria-labelledby="admin-prompt-heading">
          <h3 id="admin-prompt-heading" className={layout.heading}>
            {t('admin.editor.promptHeading')}
          </h3>
          <PromptEditor draft={state.draft} onChange={(prompt) => update((d) => ({ ...d, prompt }))} />
        </section>
        <OutlineSection state={state} dispatch={dispatch} />
        <PlaceholdersSection state={state} dispatch={dispatch} />
        <OutputSection draft={state.draft} update={update} />
      </div>
    </ProblemsProvider>
  );
}
