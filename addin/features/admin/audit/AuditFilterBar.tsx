/**
 * The audit's filters: a date range, a user, a template, the kind of generation and its
 * outcome. Applied on submit, so typing a name does not query the gateway per keystroke.
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { AUDIT_KINDS, AUDIT_OUTCOMES } from '../../../api/admin-audit.js';
import { useLocale } from '../../../app/locale-context.js';
import { EMPTY_FILTERS, toFilters, type FilterForm } from './audit-view.js';
import { useScreenLayout } from './screen-layout.js';

export interface TemplateChoice {
  id: string;
  label: string;
}

export interface AuditFilterBarProps {
  initial: FilterForm;
  templates: TemplateChoice[];
  onApply(form: FilterForm): void;
}

export function AuditFilterBar({ initial, templates, onApply }: AuditFilterBarProps) {
  const layout = useScreenLayout();
  const { t } = useLocale();
  const [form, setForm] = useState<FilterForm>(initial);
  const checked = toFilters(form);
  const problem = 'problem' in checked ? checked.problem : undefined;
  const set = (key: keyof FilterForm) => (_e: unknown, d: { value: string }) => setForm((f) => ({ ...f, [key]: d.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem) onApply(form);
  };
  // A template filtered on that is not in the list (archived, deleted) stays choosable.
  const choices = form.template && !templates.some((c) => c.id === form.template) ? [...templates, { id: form.template, label: form.template }] : templates;
  return (
    <form className={layout.panel} onSubmit={submit} aria-label={t('admin.audit.filters')} data-testid="audit-filters" noValidate>
      <div className={layout.grid}>
        <Field label={t('admin.audit.from')} validationState={problem ? 'error' : 'none'} validationMessage={problem ? t(`admin.audit.${problem}`) : undefined}>
          <Input type="date" value={form.from} onChange={set('from')} data-testid="audit-from" />
        </Field>
        <Field label={t('admin.audit.to')}>
          <Input type="date" value={form.to} onChange={set('to')} data-testid="audit-to" />
        </Field>
        <Field label={t('admin.audit.user')}>
          <Input value={form.user} onChange={set('user')} placeholder={t('admin.audit.userPlaceholder')} data-testid="audit-user" />
        </Field>
        <Field label={t('admin.audit.template')}>
          <Select value={form.template} onChange={set('template')} data-testid="audit-template">
            <option value="">{t('admin.audit.any')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('admin.audit.kind')}>
          <Select value={form.kind} onChange={set('kind')} data-testid="audit-kind">
            <option value="">{t('admin.audit.any')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`admin.audit.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('admin.audit.outcome')}>
          <Select value={form.outcome} onChange={set('outcome')} data-testid="audit-outcome">
            <option value="">{t('admin.audit.any')}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`admin.audit.outcome.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={layout.row}>
        <Button type="submit" appearance="primary" disabled={!!problem} data-testid="audit-apply">
          {t('admin.audit.apply')}
        </Button>
        <Button
          onClick={() => {
            setForm(EMPTY_FILTERS);
            onApply(EMPTY_FILTERS);
          }}
          data-testid="audit-reset"
        >
          {t('admin.audit.reset')}
        </Button>
      </div>
    </form>
  );
}
