/**
 * The pane: a header with the language switch, then the Draft and Revise tabs. Revise is
 * loaded on first use; a tab once opened stays mounted (hidden), so switching tabs never
 * stops a running generation or loses what was typed.
 */
import { lazy, Suspense, useState } from 'react';
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { HostAdapter } from '../host/types.js';
import type { TemplateHost } from '../../src/core/templates/schema.js';
import { HostProvider } from './host-context.js';
import { LocaleProvider, useLocale } from './locale-context.js';
import { PaneHeader } from './PaneHeader.js';
import { themeFor } from './theme.js';
import { DraftTab } from '../features/draft/DraftTab.js';
import { SessionGate } from '../features/signin/SessionGate.js';
import { createAuthHost, type AuthHost } from '../host/auth.js';
import { useIsAdmin } from '../features/admin/use-is-admin.js';

const ReviseTab = lazy(() => import(/* webpackChunkName: "revise" */ '../features/revise/ReviseTab.js'));
const AdminConsole = lazy(() => import(/* webpackChunkName: "admin-console" */ '../features/admin/AdminConsole.js'));

type TabId = 'draft' | 'revise' | 'admin';

/** The provider fills the pane, so the theme's background reaches the bottom in dark mode. */
const FILL = { minHeight: '100%', display: 'flex', flexDirection: 'column' } as const;

const useStyles = makeStyles({
  pane: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  panel: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
});

export interface AppProps {
  adapter: HostAdapter;
  initialLocale: Locale;
  /** Which templates fit this host; decided once at boot. */
  templateHost?: TemplateHost;
  /** Office's sign-in helpers (partition key, SSO, dialog); a plain browser's when absent. */
  auth?: AuthHost;
}

const browserAuth = createAuthHost(false);

function Tabs({ templateHost }: { templateHost?: TemplateHost }) {
  const styles = useStyles();
  const { t } = useLocale();
  const [tab, setTab] = useState<TabId>('draft');
  const [visited, setVisited] = useState<Set<TabId>>(() => new Set(['draft']));
  // The Admin tab exists only for admins (the gateway decides; authors never see it).
  const admin = useIsAdmin();
  const select = (next: TabId) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  return (
    <>
      <PaneHeader
        tabs={
          <TabList
            selectedValue={tab}
            onTabSelect={(_e, data) => select(data.value as TabId)}
            aria-label={t('app.tabs')}
          >
            <Tab id="tab-draft" value="draft" aria-controls="panel-draft">
              {t('tab.draft')}
            </Tab>
            <Tab id="tab-revise" value="revise" aria-controls="panel-revise">
              {t('tab.revise')}
            </Tab>
            {admin && (
              <Tab id="tab-admin" value="admin" aria-controls="panel-admin">
                {t('tab.admin')}
              </Tab>
            )}
          </TabList>
        }
      />
      <div id="panel-draft" role="tabpanel" aria-labelledby="tab-draft" hidden={tab !== 'draft'} className={styles.panel}>
        <DraftTab templateHost={templateHost} />
      </div>
      <div id="panel-revise" role="tabpanel" aria-labelledby="tab-revise" hidden={tab !== 'revise'} className={styles.panel}>
        {visited.has('revise') && (
          <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
            <ReviseTab />
          </Suspense>
        )}
      </div>
      {admin && (
        <div id="panel-admin" role="tabpanel" aria-labelledby="tab-admin" hidden={tab !== 'admin'} className={styles.panel}>
          {visited.has('admin') && (
            <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
              <AdminConsole />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}

export function App({ adapter, initialLocale, templateHost, auth = browserAuth }: AppProps) {
  const styles = useStyles();
  return (
    <HostProvider adapter={adapter}>
      <LocaleProvider initial={initialLocale}>
        {/* Fluent copies the provider's className onto its portal nodes (tooltips), so layout lives on an inner div. */}
        <FluentProvider theme={themeFor(adapter.theme())} style={FILL}>
          <div className={styles.pane}>
            <SessionGate auth={auth}>
              <Tabs templateHost={templateHost} />
            </SessionGate>
          </div>
        </FluentProvider>
      </LocaleProvider>
    </HostProvider>
  );
}
