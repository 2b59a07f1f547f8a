/**
 * The sign-in screen in the gateway's mode: paste a token, sign in with the organisation's
 * identity provider, or (behind a signing-in proxy) a note and a retry. Never a broken pane.
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import { PaneHeader } from '../../app/PaneHeader.js';
import type { Notice, SessionControl } from './use-session.js';

const useStyles = makeStyles({
  title: { paddingLeft: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    maxWidth: '420px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function SignInScreen({ control }: { control: SessionControl }) {
  const styles = useStyles();
  const { t } = useLocale();
  const [token, setToken] = useState('');
  if (control.state.phase !== 'signed-out') return null;
  const { session, notice } = control.state;
  const kind = session.signIn.kind;
  const noticeText = (n: Notice) => ('text' in n ? n.text : t(n.key, n.params));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() && !control.busy) void control.signInWithToken(token);
  };
  const busyLabel = <Spinner size="tiny" aria-label={t('signin.checking')} />;

  return (
    <>
      <PaneHeader tabs={<Text weight="semibold" className={styles.title}>{t('signin.title')}</Text>} />
      <div className={styles.body} data-testid="signin-screen" data-mode={kind}>
        {notice && (
          <MessageBar intent="warning" layout="multiline" data-testid="signin-notice">
            <MessageBarBody>{noticeText(notice)}</MessageBarBody>
          </MessageBar>
        )}
        {kind === 'token' && (
          <form className={styles.body} style={{ padding: 0 }} onSubmit={submit}>
            <Text>{t('signin.token.intro')}</Text>
            <Field label={t('signin.token.label')} required>
              <Input type="password" autoComplete="off" spellCheck={false} value={token} onChange={(_e, d) => setToken(d.value)} data-testid="signin-token" />
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" disabled={control.busy || !token.trim()} data-testid="signin-submit">
                {control.busy ? busyLabel : t('signin.token.submit')}
              </Button>
            </div>
          </form>
        )}
        {kind === 'oidc' && (
          <>
            <Text>{t('signin.oidc.intro')}</Text>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={control.busy} onClick={() => void control.signInWithProvider()} data-testid="signin-provider">
                {control.busy ? busyLabel : t('signin.oidc.submit')}
              </Button>
            </div>
          </>
        )}
        {kind === 'trusted-header' && (
          <>
            <Text>{t('signin.proxy.intro')}</Text>
            <div className={styles.actions}>
              <Button disabled={control.busy} onClick={() => void control.retry()} data-testid="signin-retry">
                {t('signin.retry')}
              </Button>
            </div>
          </>
        )}
      </div>
    </>
  );
}
