/**
 * Name, role and expiry for a new personal access token. What was typed stays when the
 * gateway refuses, so a retry needs no retyping.
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { createToken, TOKEN_ROLES, type CreatedToken, type TokenRole } from '../../../api/admin-tokens.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { formatTime } from '../format.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES, NAME_MAX, expiryDate, nameProblem, tokenRequest, type ExpiryChoice, type TokenFormValues } from './token-form.js';

const EMPTY: TokenFormValues = { name: '', role: 'author', expiry: DEFAULT_EXPIRY };

export function CreateTokenForm({ onCreated }: { onCreated(created: CreatedToken): void }) {
  const layout = useScreenLayout();
  const { locale, t } = useLocale();
  const [values, setValues] = useState<TokenFormValues>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const problem = touched ? nameProblem(values.name) : undefined;
  const expires = expiryDate(values.expiry, new Date());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    const request = tokenRequest(values);
    if (!request || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await createToken(request, locale);
      setValues(EMPTY);
      setTouched(false);
      onCreated(created);
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={layout.panel} onSubmit={(e) => void submit(e)} aria-labelledby="create-token-heading" data-testid="create-token" noValidate>
      <h3 id="create-token-heading" className={layout.heading}>
        {t('admin.tokens.createHeading')}
      </h3>
      <div className={layout.grid}>
        <Field
          label={t('admin.tokens.name')}
          required
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ? t(`admin.tokens.${problem}`, { max: NAME_MAX }) : undefined}
        >
          <Input
            value={values.name}
            maxLength={NAME_MAX + 20}
            placeholder={t('admin.tokens.namePlaceholder')}
            onChange={(_e, d) => setValues((v) => ({ ...v, name: d.value }))}
            onBlur={() => values.name && setTouched(true)}
            data-testid="token-name"
          />
        </Field>
        <Field label={t('admin.tokens.role')}>
          <Select value={values.role} onChange={(_e, d) => setValues((v) => ({ ...v, role: d.value as TokenRole }))} data-testid="token-role">
            {TOKEN_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`admin.tokens.role.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('admin.tokens.expiry')} hint={expires ? t('admin.tokens.expiresOn', { date: formatTime(expires.toISOString(), locale) }) : t('admin.tokens.neverHint')}>
          <Select value={String(values.expiry)} onChange={(_e, d) => setValues((v) => ({ ...v, expiry: Number(d.value) as ExpiryChoice }))} data-testid="token-expiry">
            {EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('admin.tokens.never') : t('admin.tokens.days', { days })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {values.role === 'admin' && <p className={layout.hint}>{t('admin.tokens.adminHint')}</p>}
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      <div className={layout.row}>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} data-testid="token-create">
          {t('admin.tokens.create')}
        </Button>
      </div>
    </form>
  );
}
