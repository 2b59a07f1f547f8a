/** How the draft is laid out: the layout, the document type (文种) and a rough length. */
import { Input, Select } from '@fluentui/react-components';
import { OUTPUT_LAYOUTS, type TemplateInput } from '../../../../src/core/templates/schema.js';
import { useLocale } from '../../../app/locale-context.js';
import { NumberInput } from './inputs.js';
import { useEditorLayout } from './layout.js';
import { EditorField } from './problems-context.js';
import { withProp, type DraftTemplate } from './template-draft.js';

type Output = TemplateInput['output'];

export function OutputSection({ draft, update }: { draft: DraftTemplate; update(change: (d: DraftTemplate) => DraftTemplate): void }) {
  const layout = useEditorLayout();
  const { t } = useLocale();
  const output = draft.output ?? { layout: 'plain' };
  const set = <K extends keyof Output>(key: K, value: Output[K] | undefined) => update((d) => ({ ...d, output: withProp(d.output ?? { layout: 'plain' }, key, value) }));
  return (
    <section className={layout.section} aria-labelledby="admin-output-heading">
      <h3 id="admin-output-heading" className={layout.heading}>
        {t('admin.editor.output')}
      </h3>
      <div className={layout.grid}>
        <EditorField anchor="output.layout" label={t('admin.output.layout')}>
          <Select value={output.layout} data-testid="editor-layout" onChange={(_e, d) => set('layout', d.value as Output['layout'])}>
            {OUTPUT_LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`admin.layout.${l}`)}
              </option>
            ))}
          </Select>
        </EditorField>
        <EditorField anchor="output.docType" label={t('admin.output.docType')} hint={t('admin.output.docTypeHint')}>
          <Input value={output.docType ?? ''} onChange={(_e, d) => set('docType', d.value)} />
        </EditorField>
        <EditorField anchor="output.targetLength" label={t('admin.output.targetLength')}>
          <NumberInput value={output.targetLength} onChange={(v) => set('targetLength', v)} />
        </EditorField>
      </div>
    </section>
  );
}
