/**
 * Usage per template over a period: drafts generated, accepted and discarded, the acceptance
 * rate and the median time from a finished draft to its accept, with a daily chart for all
 * templates or one.
 */
import { useRef, useState } from 'react';
import { Button, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { getUsage, type TemplateUsage } from '../../../api/admin-audit.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { templateTitle } from '../format.js';
import { DataTable, type Column } from '../audit/DataTable.js';
import { durationText } from '../audit/audit-view.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { NARROW, useWidth } from '../../../ui/use-width.js';
import { percent, totalSeries } from './chart.js';
import { DEFAULT_PRESET } from './period.js';
import { PeriodPicker, rangeOf, type Period } from './PeriodPicker.js';
import { UsageChart } from './UsageChart.js';

const ALL = '';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: tokens.spacingHorizontalM, margin: 0 },
  stat: {
    display: 'flex',
    flexDirection: 'column-reverse',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  statValue: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '100%', minWidth: 0, '& select': { minWidth: 0, maxWidth: '260px' } },
});

export function UsageScreen() {
  const layout = useScreenLayout();
  const styles = useStyles();
  const { locale, t } = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const narrow = useWidth(root) < NARROW;
  const [period, setPeriod] = useState<Period>({ preset: DEFAULT_PRESET });
  const [tick, setTick] = useState(0);
  const [chartOf, setChartOf] = useState(ALL);
  const range = rangeOf(period, new Date());
  const key = `usage:${range.from}:${range.to}:${tick}`;
  const report = useGatewayLoad(key, async (l, signal) => ({ key, report: await getUsage(range, l, signal) }));
  const loading = !report.error && report.data?.key !== key;
  const data = report.data?.report;
  const templates = data?.templates ?? [];
  const chosen = templates.find((u) => u.templateId === chartOf);
  const series = chosen ? chosen.daily : totalSeries(templates);
  const nameOf = (u: TemplateUsage) => templateTitle(u.name ?? undefined, u.templateId, locale);
  const count = (n: number) => n.toLocaleString(locale);

  const columns: Column<TemplateUsage>[] = [
    { key: 'template', header: t('admin.usage.template'), cell: nameOf, wideOnly: true },
    { key: 'generated', header: t('admin.usage.generated'), cell: (u) => count(u.generated), numeric: true },
    { key: 'accepted', header: t('admin.usage.accepted'), cell: (u) => count(u.accepted), numeric: true },
    { key: 'discarded', header: t('admin.usage.discarded'), cell: (u) => count(u.discarded), numeric: true },
    { key: 'rate', header: t('admin.usage.rate'), cell: (u) => percent(u.acceptanceRate, locale), numeric: true },
    { key: 'median', header: t('admin.usage.median'), cell: (u) => durationText(u.medianMsToAccept, locale), numeric: true },
  ];

  const stat = (label: string, value: string, id: string) => (
    <div className={styles.stat} data-testid={`usage-total-${id}`}>
      <dt className={styles.statLabel}>{label}</dt>
      <dd className={styles.statValue}>{value}</dd>
    </div>
  );

  return (
    <div ref={root} className={layout.root} data-testid="usage-screen">
      <header className={layout.spread}>
        <div className={layout.header}>
          <h2 className={layout.title}>{t('admin.usage.title')}</h2>
          <p className={layout.hint}>{t('admin.usage.intro')}</p>
        </div>
        <Button onClick={() => setTick((n) => n + 1)} data-testid="usage-refresh">
          {t('admin.usage.refresh')}
        </Button>
      </header>

      <PeriodPicker value={period} onChange={setPeriod} />

      {report.error && <ErrorBar error={report.error} actions={[{ label: t('error.retry'), onClick: report.reload }]} />}
      {loading && <Spinner size="small" label={t('admin.usage.loading')} />}

      {data && (
        <>
          <dl className={styles.stats} aria-label={t('admin.usage.totals', { from: range.from, to: range.to })}>
            {stat(t('admin.usage.generated'), count(data.totals.generated), 'generated')}
            {stat(t('admin.usage.accepted'), count(data.totals.accepted), 'accepted')}
            {stat(t('admin.usage.discarded'), count(data.totals.discarded), 'discarded')}
            {stat(t('admin.usage.rate'), percent(data.totals.acceptanceRate, locale), 'rate')}
          </dl>

          <section className={layout.section} aria-labelledby="usage-chart-heading">
            <div className={layout.spread}>
              <h3 id="usage-chart-heading" className={layout.heading}>
                {t('admin.usage.chartHeading')}
              </h3>
              {templates.length > 0 && (
                <label className={styles.picker}>
                  <span className={layout.hint}>{t('admin.usage.chartOf')}</span>
                  <Select value={chosen ? chartOf : ALL} onChange={(_e, d) => setChartOf(d.value)} data-testid="usage-chart-template">
                    <option value={ALL}>{t('admin.usage.allTemplates')}</option>
                    {templates.map((u) => (
                      <option key={u.templateId} value={u.templateId}>
                        {nameOf(u)}
                      </option>
                    ))}
                  </Select>
                </label>
              )}
            </div>
            <UsageChart series={series} label={t('admin.usage.chartLabel', { what: chosen ? nameOf(chosen) : t('admin.usage.allTemplates'), from: range.from, to: range.to })} />
          </section>

          <section className={layout.section} aria-labelledby="usage-table-heading">
            <h3 id="usage-table-heading" className={layout.heading}>
              {t('admin.usage.byTemplate')}
            </h3>
            {templates.length === 0 ? (
              <p className={layout.hint} data-testid="usage-empty">
                {t('admin.usage.empty')}
              </p>
            ) : (
              <DataTable
                rows={templates}
                columns={columns}
                rowKey={(u) => u.templateId}
                narrow={narrow}
                label={t('admin.usage.byTemplate')}
                cardTitle={nameOf}
                testId="usage-table"
                rowTestId={(u) => `usage-${u.templateId}`}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** The console loads each screen lazily, as the default export. */
export default UsageScreen;
