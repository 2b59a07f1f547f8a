/** What the gallery shows about a template: id, names, description, kind, hosts, languages, category, tags. */
import { Checkbox, Input, Select } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../../../src/core/i18n/locale.js';
import { TEMPLATE_HOSTS, TEMPLATE_KINDS, type TemplateHost, type TemplateKind } from '../../../../src/core/templates/schema.js';
import { useLocale } from '../../../app/locale-context.js';
import { ListInput } from './inputs.js';
import { useEditorLayout } from './layout.js';
import { LocalizedInputs } from './LocalizedInputs.js';
import { EditorField, EditorGroup } from './problems-context.js';
import { withProp, type DraftTemplate } from './template-draft.js';

export interface MetadataSectionProps {
  draft: DraftTemplate;
  /** Ids are chosen once, when the template is created. */
  idEditable: boolean;
  update(change: (draft: DraftTemplate) => DraftTemplate): void;
}

const LANG_KEY: Record<Locale, 'admin.lang.zh' | 'admin.lang.en'> = { 'zh-CN': 'admin.lang.zh', 'en-US': 'admin.lang.en' };

function toggle<T extends string>(list: readonly T[] | undefined, item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list ?? []);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((x) => set.has(x));
}

export function MetadataSection({ draft, idEditable, update }: MetadataSectionProps) {
  const layout = useEditorLayout();
  const { t } = useLocale();
  return (
    <section className={layout.section} aria-labelledby="admin-meta-heading">
      <h3 id="admin-meta-heading" className={layout.heading}>
        {t('admin.editor.about')}
      </h3>
      <div className={layout.grid}>
        <EditorField anchor="id" label={t('admin.editor.id')} hint={idEditable ? t('admin.editor.idHint') : t('admin.editor.idFixed')} required={idEditable}>
          <Input
            className={layout.mono}
            value={draft.id ?? ''}
            disabled={!idEditable}
            data-testid="editor-id"
            onChange={(_e, d) => update((x) => ({ ...x, id: d.value.trim() }))}
          />
        </EditorField>
        <EditorField anchor="kind" label={t('admin.editor.kind')}>
          <Select value={draft.kind} data-testid="editor-kind" onChange={(_e, d) => update((x) => ({ ...x, kind: d.value as TemplateKind }))}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </Select>
        </EditorField>
      </div>
      <LocalizedInputs anchor="name" label={t('admin.editor.name')} value={draft.name} testId="editor-name" onChange={(name) => update((x) => ({ ...x, name: name ?? {} }))} />
      <LocalizedInputs anchor="description" label={t('admin.editor.description')} multiline value={draft.description} onChange={(v) => update((x) => withProp(x, 'description', v))} />
      <div className={layout.grid}>
        <EditorGroup anchor="hosts" label={t('admin.editor.hosts')}>
          <div className={layout.checks}>
            {TEMPLATE_HOSTS.map((h) => (
              <Checkbox
                key={h}
                label={t(`admin.host.${h}`)}
                checked={(draft.hosts ?? []).includes(h)}
                data-testid={`editor-host-${h}`}
                onChange={(_e, d) => update((x) => ({ ...x, hosts: toggle<TemplateHost>(x.hosts, h, d.checked === true, TEMPLATE_HOSTS) }))}
              />
            ))}
          </div>
        </EditorGroup>
        <EditorGroup anchor="locales" label={t('admin.editor.locales')}>
          <div className={layout.checks}>
            {LOCALES.map((l) => (
              <Checkbox
                key={l}
                label={t(LANG_KEY[l])}
                checked={(draft.locales ?? []).includes(l)}
                data-testid={`editor-locale-${l}`}
                onChange={(_e, d) => update((x) => ({ ...x, locales: toggle<Locale>(x.locales, l, d.checked === true, LOCALES) }))}
              />
            ))}
          </div>
        </EditorGroup>
      </div>
      <div className={layout.grid}>
        <EditorField anchor="category" label={t('admin.editor.category')}>
          <Input value={draft.category ?? ''} onChange={(_e, d) => update((x) => withProp(x, 'category', d.value))} />
        </EditorField>
        <EditorField anchor="tags" label={t('admin.editor.tags')} hint={t('admin.editor.tagsHint')}>
          <ListInput by="comma" value={draft.tags} onChange={(tags) => update((x) => withProp(x, 'tags', tags))} />
        </EditorField>
      </div>
    </section>
  );
}
