/**
 * A template's history, newest first: publish any version, roll back to one (a new version with
 * its content), withdraw, archive or restore the template, and compare any two versions.
 * Everything that changes what staff see asks first.
 */
import { useState } from 'react';
import { Badge, Button, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AdminTemplateSummary, AdminTemplateVersion } from '../../../../src/core/templates/admin-api.js';
import { changeTemplateState, getVersion, listVersions, publishVersion, rollbackTo } from '../../../api/admin.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { ConfirmDialog, type ConfirmRequest } from '../ConfirmDialog.js';
import { formatTime, templateTitle } from '../format.js';
import { VersionDiff } from './VersionDiff.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  state: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { flexGrow: 1, flexBasis: '220px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  compare: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  pickers: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(140px, 100%), 1fr))', gap: tokens.spacingHorizontalM, maxWidth: '480px' },
});

export interface VersionsPanelProps {
  summary: AdminTemplateSummary;
  /** Bumped by the workspace after a save, so the history reloads. */
  revision: number;
  /** Something changed on the gateway (published, rolled back, archived…). */
  onChanged(): void;
}

export function VersionsPanel({ summary, revision, onChanged }: VersionsPanelProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const { id } = summary;
  const name = templateTitle(summary.name, id, locale);
  const [tick, setTick] = useState(0);
  const history = useGatewayLoad(`versions:${id}:${revision}:${tick}:${summary.latestVersion}`, (l, signal) => listVersions(id, l, signal));
  const [confirm, setConfirm] = useState<ConfirmRequest | undefined>();
  const latest = summary.latestVersion;
  const [pick, setPick] = useState<{ from: number; to: number }>(() => ({ from: Math.max(1, latest - 1), to: latest }));
  const versions = history.data ?? [];
  const archived = summary.status === 'archived';

  const done = () => {
    setTick((n) => n + 1);
    onChanged();
  };

  const ask = (request: Omit<ConfirmRequest, 'run'>, run: () => Promise<unknown>) =>
    setConfirm({ ...request, run: async () => void (await run(), done()) });

  const publish = (version: number) =>
    ask(
      { title: t('admin.versions.publishTitle', { version }), body: t('admin.versions.publishBody', { name, version }), confirm: t('admin.versions.publish') },
      () => publishVersion(id, version, locale),
    );
  const rollback = (version: number) =>
    ask(
      {
        title: t('admin.versions.rollbackTitle', { version }),
        body: t(summary.status === 'published' ? 'admin.versions.rollbackBodyPublished' : 'admin.versions.rollbackBody', { version, next: latest + 1 }),
        confirm: t('admin.versions.rollback'),
      },
      () => rollbackTo(id, version, locale),
    );
  const unpublish = () =>
    ask({ title: t('admin.state.unpublishTitle', { name }), body: t('admin.state.unpublishBody'), confirm: t('admin.state.unpublish'), destructive: true }, () =>
      changeTemplateState(id, 'unpublish', locale),
    );
  const archive = () =>
    ask({ title: t('admin.state.archiveTitle', { name }), body: t('admin.state.archiveBody'), confirm: t('admin.state.archive'), destructive: true }, () =>
      changeTemplateState(id, 'archive', locale),
    );
  const restore = () =>
    ask({ title: t('admin.state.restoreTitle', { name }), body: t('admin.state.restoreBody'), confirm: t('admin.state.restore') }, () =>
      changeTemplateState(id, 'restore', locale),
    );

  const numbers = versions.map((v) => v.version);
  const from = numbers.includes(pick.from) ? pick.from : Math.max(1, latest - 1);
  const to = numbers.includes(pick.to) ? pick.to : latest;
  const pair = useGatewayLoad<[AdminTemplateVersion, AdminTemplateVersion]>(`diff:${id}:${from}:${to}`, (l, signal) =>
    Promise.all([getVersion(id, from, l, signal), getVersion(id, to, l, signal)]),
  );

  return (
    <div className={styles.root} data-testid="versions-panel">
      <section className={styles.state} aria-label={t('admin.state.label')}>
        <Text>{t(`admin.status.${summary.status}Long`, { version: summary.publishedVersion ?? 0 })}</Text>
        {summary.status === 'published' && (
          <Button size="small" onClick={unpublish} data-testid="unpublish">
            {t('admin.state.unpublish')}
          </Button>
        )}
        {!archived && (
          <Button size="small" onClick={archive} data-testid="archive">
            {t('admin.state.archive')}
          </Button>
        )}
        {archived && (
          <Button size="small" appearance="primary" onClick={restore} data-testid="restore">
            {t('admin.state.restore')}
          </Button>
        )}
      </section>

      <section aria-labelledby="admin-history-heading">
        <h3 id="admin-history-heading" className={styles.heading}>
          {t('admin.versions.history')}
        </h3>
        {history.error && <ErrorBar error={history.error} actions={[{ label: t('error.retry'), onClick: history.reload }]} />}
        {!history.data && !history.error && <Spinner size="small" label={t('admin.versions.loading')} />}
        <ul className={styles.list} data-testid="version-list">
          {versions.map((v) => (
            <li key={v.version} className={styles.row} data-testid={`version-${v.version}`}>
              <div className={styles.what}>
                <span className={styles.title}>
                  {t('admin.versions.version', { version: v.version })}
                  {v.published && (
                    <Badge appearance="filled" color="success" size="small">
                      {t('admin.versions.published')}
                    </Badge>
                  )}
                  {v.version === latest && (
                    <Badge appearance="tint" color="informative" size="small">
                      {t('admin.versions.latest')}
                    </Badge>
                  )}
                  {v.copiedFrom !== null && (
                    <Badge appearance="outline" size="small">
                      {t('admin.versions.copyOf', { version: v.copiedFrom })}
                    </Badge>
                  )}
                </span>
                <span className={styles.meta}>
                  {formatTime(v.createdAt, locale)} · {v.createdBy}
                </span>
                {v.note && <span className={styles.note}>{v.note}</span>}
              </div>
              <div className={styles.actions}>
                {!v.published && !archived && (
                  <Button size="small" onClick={() => publish(v.version)} data-testid={`publish-${v.version}`}>
                    {t('admin.versions.publish')}
                  </Button>
                )}
                {v.version !== latest && !archived && (
                  <Button size="small" onClick={() => rollback(v.version)} data-testid={`rollback-${v.version}`}>
                    {t('admin.versions.rollback')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      {numbers.length > 1 && (
        <section aria-labelledby="admin-compare-heading" className={styles.compare}>
          <h3 id="admin-compare-heading" className={styles.heading}>
            {t('admin.versions.compare')}
          </h3>
          <div className={styles.pickers}>
            <Field label={t('admin.versions.from')}>
              <Select value={String(from)} data-testid="compare-from" onChange={(_e, d) => setPick({ from: Number(d.value), to })}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {t('admin.versions.version', { version: n })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('admin.versions.to')}>
              <Select value={String(to)} data-testid="compare-to" onChange={(_e, d) => setPick({ from, to: Number(d.value) })}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {t('admin.versions.version', { version: n })}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {pair.error && <ErrorBar error={pair.error} actions={[{ label: t('error.retry'), onClick: pair.reload }]} />}
          {pair.data && pair.data[0].version === from && pair.data[1].version === to ? (
            <VersionDiff before={pair.data[0].template} after={pair.data[1].template} title={t('admin.versions.diffTitle', { from, to })} />
          ) : (
            !pair.error && <Spinner size="small" />
          )}
        </section>
      )}

      <ConfirmDialog request={confirm} onClose={() => setConfirm(undefined)} />
    </div>
  );
}
