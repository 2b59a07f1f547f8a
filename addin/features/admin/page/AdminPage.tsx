/**
 * /admin: the console in a normal browser, full width. Signing in is the pane's own sign-in
 * (a pasted token, the identity provider, or the proxy), through the same SessionGate; once
 * signed in, admins get the console and authors are told it is for admins.
 */
import { lazy, Suspense, useMemo } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../../../../src/core/i18n/locale.js';
import { clearToken } from '../../../api/credentials.js';
import { HostProvider } from '../../../app/host-context.js';
import { LocaleProvider, useLocale } from '../../../app/locale-context.js';
import { createAuthHost } from '../../../host/auth.js';
import { createBrowserAdapter } from '../../../host/browser.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { SessionGate } from '../../signin/SessionGate.js';
import { useAdminCheck } from '../use-is-admin.js';

const AdminConsole = lazy(() => import(/* webpackChunkName: "admin-console" */ '../AdminConsole.js'));

const FILL = { minHeight: '100%', display: 'flex', flexDirection: 'column' } as const;

const useStyles = makeStyles({
  page: { flexGrow: 1, display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  who: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand, minWidth: 'auto' },
  main: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1200px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    flexGrow: 1,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
  },
  card: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalM },
  },
});

export function AdminPage({ initialLocale }: { initialLocale: Locale }) {
  const adapter = useMemo(() => createBrowserAdapter(typeof navigator !== 'undefined' ? navigator.language : undefined), []);
  const auth = useMemo(() => createAuthHost(false), []);
  return (
    <HostProvider adapter={adapter}>
      <LocaleProvider initial={initialLocale}>
        <FluentProvider theme={webLightTheme} style={FILL}>
          <SessionGate auth={auth}>
            <SignedIn />
          </SessionGate>
        </FluentProvider>
      </LocaleProvider>
    </HostProvider>
  );
}

function SignedIn() {
  const styles = useStyles();
  const { locale, setLocale, t } = useLocale();
  const check = useAdminCheck();
  const { principal } = check;
  const signOut = () => {
    clearToken();
    window.location.reload();
  };

  let content;
  if (check.error) content = <ErrorBar error={check.error} actions={[{ label: t('error.retry'), onClick: check.reload }]} />;
  else if (principal === undefined) content = <Spinner size="small" label={t('signin.checking')} />;
  else if (!check.admin) {
    content = (
      <MessageBar intent="warning" data-testid="admin-not-admin">
        <MessageBarBody>{t('admin.page.notAdmin', { name: principal?.name ?? '—' })}</MessageBarBody>
      </MessageBar>
    );
  } else {
    content = (
      <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
        <AdminConsole />
      </Suspense>
    );
  }

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('admin.page.title')}</h1>
        <div className={styles.who}>
          {principal && <Text className={styles.onBrand}>{t('admin.page.signedInAs', { name: principal.name })}</Text>}
          {principal?.via === 'token' && (
            <Button appearance="transparent" size="small" className={styles.onBrand} onClick={signOut} data-testid="admin-signout">
              {t('admin.page.signOut')}
            </Button>
          )}
          <Button
            appearance="transparent"
            size="small"
            className={styles.onBrand}
            aria-label={t('app.switchLanguage', { language: t('app.otherLanguage') })}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            data-testid="language-switch"
          >
            {t('app.otherLanguage')}
          </Button>
        </div>
      </header>
      <main className={styles.main}>
        <div className={styles.card}>{content}</div>
      </main>
    </div>
  );
}
