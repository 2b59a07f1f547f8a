/**
 * The pane: a header with the language switch, then the tabs the host's capabilities call for
 * (Reply first in Outlook read mode; Draft; Revise where there is a body to revise). Reply and
 * Revise are loaded on first use; a tab once opened stays mounted (hidden), so switching tabs
 * never stops a running generation or loses what was typed.
 */
import { lazy, Suspense, useState } from 'react';
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { HostAdapter } from '../host/types.js';
import type { TemplateHost } from '../../src/core/templates/schema.js';
import type { MessageKey } from '../i18n/messages.js';
import { HostProvider, useHost } from './host-context.js';
import { LocaleProvider, useLocale } from './locale-context.js';
import { PaneHeader } from './PaneHeader.js';
import { paneTabs, type TabId } from './tabs.js';
import { themeFor } from './theme.js';
import { DraftTab } from '../features/draft/DraftTab.js';
import { MessageProvider } from '../features/reply/message-context.js';
import { SessionGate } from '../features/signin/SessionGate.js';
import { createAuthHost, type AuthHost } from '../host/auth.js';
import { useIsAdmin } from '../features/admin/use-is-admin.js';

const ReviseTab = lazy(() => import(/* webpackChunkName: "revise" */ '../features/revise/ReviseTab.js'));
const ReplyTab = lazy(() => import(/* webpackChunkName: "reply" */ '../features/reply/ReplyTab.js'));
const ReviewTab = lazy(() => import(/* webpackChunkName: "review" */ '../features/review/ReviewTab.js'));
const AdminConsole = lazy(() => import(/* webpackChunkName: "admin-console" */ '../features/admin/AdminConsole.js'));

const TAB_LABELS: Record<TabId, MessageKey> = { reply: 'reply.tab', draft: 'tab.draft', revise: 'tab.revise', review: 'review.tab', admin: 'tab.admin' };

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
  const host = useHost();
  const { t } = useLocale();
  const [tabs] = useState(() => paneTabs(host));
  const first = tabs[0] ?? 'draft';
  const [tab, setTab] = useState<TabId>(first);
  const [visited, setVisited] = useState<Set<TabId>>(() => new Set([first]));
  // The Admin tab exists only for admins (the gateway decides; authors never see it).
  const admin = useIsAdmin();
  const shown: TabId[] = admin ? [...tabs, 'admin'] : tabs;
  const select = (next: TabId) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const fallback = <Spinner size="small" label={t('app.loading')} />;
  const panel = (id: TabId) => {
    switch (id) {
      case 'draft':
        return <DraftTab templateHost={templateHost} />;
      case 'revise':
        return (
          <Suspense fallback={fallback}>
            <ReviseTab />
          </Suspense>
        );
      case 'review':
        return (
          <Suspense fallback={fallback}>
            <ReviewTab />
          </Suspense>
        );
      case 'reply':
        return (
          <Suspense fallback={fallback}>
            <ReplyTab onUseTemplate={() => select('draft')} />
          </Suspense>
        );
      case 'admin':
        return (
          <Suspense fallback={fallback}>
            <AdminConsole />
          </Suspense>
        );
    }
  };
  return (
    <>
      <PaneHeader
        tabs={
          <TabList selectedValue={tab} onTabSelect={(_e, data) => select(data.value as TabId)} aria-label={t('app.tabs')}>
            {shown.map((id) => (
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
                {t(TAB_LABELS[id])}
              </Tab>
            ))}
          </TabList>
        }
      />
      {shown.map((id) => (
        <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
          {visited.has(id) && panel(id)}
        </div>
      ))}
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
              <MessageProvider>
                <Tabs templateHost={templateHost} />
              </MessageProvider>
            </SessionGate>
          </div>
        </FluentProvider>
      </LocaleProvider>
    </HostProvider>
  );
}
