/**
 * The token just created, shown this once: the gateway keeps only its hash, so if the admin
 * closes this without copying it, the token has to be revoked and made again.
 */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { CreatedToken } from '../../../api/admin-tokens.js';
import { useLocale } from '../../../app/locale-context.js';
import { copyToClipboard } from '../../../ui/clipboard.js';
import { useScreenLayout } from '../audit/screen-layout.js';

export function NewTokenNotice({ created, onDone }: { created: CreatedToken; onDone(): void }) {
  const layout = useScreenLayout();
  const { t } = useLocale();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const doCopy = async () => setCopy((await copyToClipboard(created.token)) ? 'copied' : 'failed');
  return (
    <section className={layout.panel} aria-labelledby="new-token-title" data-testid="new-token">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="new-token-title">{t('admin.tokens.createdTitle', { name: created.info.name })}</MessageBarTitle>
          {t('admin.tokens.onceWarning')}
        </MessageBarBody>
      </MessageBar>
      <Field label={t('admin.tokens.secretLabel')}>
        <Input
          readOnly
          value={created.token}
          className={layout.mono}
          data-testid="new-token-secret"
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void doCopy()} data-testid="new-token-copy">
          {t('admin.tokens.copy')}
        </Button>
        <Button onClick={onDone} data-testid="new-token-done">
          {t('admin.tokens.done')}
        </Button>
        <Text role="status" aria-live="polite" className={layout.hint}>
          {copy === 'copied' ? t('admin.tokens.copied') : copy === 'failed' ? t('admin.tokens.copyFailed') : ''}
        </Text>
      </div>
    </section>
  );
}
