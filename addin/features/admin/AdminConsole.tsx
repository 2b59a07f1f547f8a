/**
 * The admin console: a navigation row (Templates · Tokens · Audit · Usage · Settings) over the
 * chosen screen. The same component fills the pane's Admin tab and the /admin page; screens
 * stay mounted once opened, so switching keeps unsaved work.
 */
import { Suspense, useState } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import { ADMIN_SECTIONS, type SectionId } from './sections.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Wraps onto a second line in the narrow pane instead of overflowing it.
  nav: { flexWrap: 'wrap', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export default function AdminConsole() {
  const styles = useStyles();
  const { t } = useLocale();
  const [section, setSection] = useState<SectionId>('templates');
  const [visited, setVisited] = useState<Set<SectionId>>(() => new Set(['templates']));
  const select = (id: SectionId) => {
    setSection(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  };
  return (
    <div className={styles.root} data-testid="admin-console">
      <TabList className={styles.nav} size="small" selectedValue={section} onTabSelect={(_e, d) => select(d.value as SectionId)} aria-label={t('admin.nav.label')}>
        {ADMIN_SECTIONS.map((s) => (
          <Tab key={s.id} id={`admin-tab-${s.id}`} value={s.id} aria-controls={`admin-panel-${s.id}`} data-testid={`admin-nav-${s.id}`}>
            {t(s.label)}
          </Tab>
        ))}
      </TabList>
      {ADMIN_SECTIONS.map((s) => {
        if (!visited.has(s.id)) return null;
        const Screen = s.component;
        return (
          <div key={s.id} id={`admin-panel-${s.id}`} role="tabpanel" aria-labelledby={`admin-tab-${s.id}`} hidden={section !== s.id}>
            {Screen ? (
              <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
                <Screen />
              </Suspense>
            ) : (
              <MessageBar intent="info" layout="multiline" data-testid={`admin-placeholder-${s.id}`}>
                <MessageBarBody>
                  <MessageBarTitle>{t(s.label)}</MessageBarTitle>
                  {t(s.summary)} {t('admin.nav.comingSoon')}
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
        );
      })}
    </div>
  );
}
