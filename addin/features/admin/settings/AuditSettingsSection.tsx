/**
 * Whether the audit keeps the text of prompts and drafts, and how long it keeps entries.
 * Turning text on is shown with what it means before it is saved; a failed save keeps the form.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Switch, Text } from '@fluentui/react-components';
import { getAuditSettings, RETENTION_LIMITS, saveAuditSettings, type AuditSettings } from '../../../api/admin-settings.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { formOf, parseRetention, settingsPatch, turnsContentOn, type SettingsForm } from './settings-form.js';

export function AuditSettingsSection() {
  const layout = useScreenLayout();
  const { locale, t } = useLocale();
  const loaded = useGatewayLoad('settings:audit', (l, signal) => getAuditSettings(l, signal));
  const [saved, setSaved] = useState<AuditSettings | undefined>();
  const [form, setForm] = useState<SettingsForm | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (loaded.data && !saved) {
      setSaved(loaded.data);
      setForm(formOf(loaded.data));
    }
  }, [loaded.data, saved]);

  if (!saved || !form) {
    return loaded.error ? (
      <ErrorBar error={loaded.error} actions={[{ label: t('error.retry'), onClick: loaded.reload }]} />
    ) : (
      <Spinner size="small" label={t('admin.settings.loading')} />
    );
  }

  const retentionOk = parseRetention(form.retention) !== undefined;
  const patch = settingsPatch(form, saved);
  const dirty = !!patch && Object.keys(patch).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!patch || !dirty || busy) return;
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const next = await saveAuditSettings(patch, locale);
      setSaved(next);
      setForm(formOf(next));
      setStatus(t('admin.settings.saved'));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={layout.panel} onSubmit={(e) => void submit(e)} aria-labelledby="settings-audit-heading" data-testid="settings-audit" noValidate>
      <h3 id="settings-audit-heading" className={layout.heading}>
        {t('admin.settings.auditHeading')}
      </h3>
      <Switch
        checked={form.auditContent}
        onChange={(_e, d) => setForm({ ...form, auditContent: d.checked })}
        label={t('admin.settings.content')}
        data-testid="settings-content"
      />
      {form.auditContent ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-content-warning">
          <MessageBarBody>
            <MessageBarTitle>{t(turnsContentOn(form, saved) ? 'admin.settings.contentOnTitle' : 'admin.settings.contentIsOnTitle')}</MessageBarTitle>
            {t('admin.settings.contentWarning')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={layout.hint}>{t('admin.settings.contentOffHint')}</p>
      )}
      <Field
        label={t('admin.settings.retention')}
        hint={t('admin.settings.retentionHint', { min: RETENTION_LIMITS.min, max: RETENTION_LIMITS.max })}
        validationState={retentionOk ? 'none' : 'error'}
        validationMessage={retentionOk ? undefined : t('admin.settings.retentionInvalid', { min: RETENTION_LIMITS.min, max: RETENTION_LIMITS.max })}
        style={{ maxWidth: '240px' }}
      >
        <Input
          value={form.retention}
          inputMode="numeric"
          contentAfter={<Text size={200}>{t('admin.settings.days')}</Text>}
          onChange={(_e, d) => setForm({ ...form, retention: d.value })}
          data-testid="settings-retention"
        />
      </Field>
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      <div className={layout.row}>
        <Button type="submit" appearance="primary" disabled={!dirty || busy} icon={busy ? <Spinner size="tiny" /> : undefined} data-testid="settings-save">
          {t('admin.settings.save')}
        </Button>
        <Button disabled={!dirty || busy} onClick={() => setForm(formOf(saved))}>
          {t('admin.settings.undo')}
        </Button>
        <Text role="status" aria-live="polite" className={layout.hint} data-testid="settings-status">
          {status}
        </Text>
      </div>
    </form>
  );
}
