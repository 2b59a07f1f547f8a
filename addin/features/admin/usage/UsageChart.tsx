/**
 * Drafts per day over the period, drawn in SVG by hand: a pale bar for drafts generated and a
 * solid bar over it for those accepted. For people who cannot see it, the SVG has a title and
 * a description with the totals, every bar has a tooltip with its numbers, and the daily
 * numbers are in a table under "Show the numbers".
 */
import { useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DailyUsage } from '../../../api/admin-audit.js';
import { useLocale } from '../../../app/locale-context.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { useWidth } from '../../../ui/use-width.js';
import { chartLayout, shortDate } from './chart.js';

const HEIGHT = 180;

const useStyles = makeStyles({
  frame: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  generated: { fill: tokens.colorBrandBackground2Hover },
  accepted: { fill: tokens.colorBrandBackground },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  key: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: '2px', verticalAlign: 'middle' },
  keyGenerated: { backgroundColor: tokens.colorBrandBackground2Hover },
  keyAccepted: { backgroundColor: tokens.colorBrandBackground },
  details: { fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalS, fontVariantNumeric: 'tabular-nums' },
  th: { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalM} 2px 0`, fontWeight: tokens.fontWeightSemibold },
  td: { textAlign: 'right', padding: `2px ${tokens.spacingHorizontalM} 2px 0` },
});

export function UsageChart({ series, label }: { series: DailyUsage[]; label: string }) {
  const styles = useStyles();
  const layout = useScreenLayout();
  const { t } = useLocale();
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(200, Math.floor(useWidth(frame, 600)));
  const chart = chartLayout(series, width, HEIGHT);
  const generated = series.reduce((n, d) => n + d.generated, 0);
  const accepted = series.reduce((n, d) => n + d.accepted, 0);
  const first = series[0]?.date ?? '';
  const last = series.at(-1)?.date ?? '';
  const barText = (d: DailyUsage) => t('admin.usage.barTip', { date: d.date, generated: d.generated, accepted: d.accepted });

  return (
    <figure className={layout.section} style={{ margin: 0 }} data-testid="usage-chart" data-generated={generated} data-accepted={accepted}>
      <div ref={frame} className={styles.frame}>
        <svg className={styles.svg} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby="usage-chart-title usage-chart-desc">
          <title id="usage-chart-title">{label}</title>
          <desc id="usage-chart-desc">{t('admin.usage.chartDesc', { from: first, to: last, generated, accepted })}</desc>
          {chart.ticks.map((tick) => (
            <g key={tick.value}>
              <line className={tick.value === 0 ? styles.axis : styles.grid} x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} />
              <text className={styles.axisText} x={chart.plot.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {tick.value}
              </text>
            </g>
          ))}
          {chart.bars.map((bar) => (
            <g key={bar.date} data-testid="usage-bar" data-date={bar.date} data-generated={bar.day.generated} data-accepted={bar.day.accepted}>
              <title>{barText(bar.day)}</title>
              {/* An invisible full-height target, so empty days show their tooltip too. */}
              <rect x={bar.x} y={chart.plot.top} width={Math.max(bar.width, 1)} height={chart.plot.bottom - chart.plot.top} fill="transparent" />
              {bar.day.generated > 0 && <rect className={styles.generated} x={bar.x} y={bar.generated.y} width={bar.width} height={bar.generated.height} rx={1} />}
              {bar.day.accepted > 0 && <rect className={styles.accepted} x={bar.x} y={bar.accepted.y} width={bar.width} height={bar.accepted.height} rx={1} />}
            </g>
          ))}
          {chart.labels.map((l) => (
            <text key={l.date} className={styles.axisText} x={l.x} y={chart.plot.bottom + 15} textAnchor="middle">
              {shortDate(l.date)}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className={styles.legend}>
        <span>
          <span className={`${styles.key} ${styles.keyGenerated}`} aria-hidden="true" />
          {t('admin.usage.generated')}
        </span>
        <span>
          <span className={`${styles.key} ${styles.keyAccepted}`} aria-hidden="true" />
          {t('admin.usage.accepted')}
        </span>
      </figcaption>
      <details className={styles.details}>
        <summary>{t('admin.usage.showNumbers')}</summary>
        <table className={styles.table} data-testid="usage-daily">
          <caption className={layout.hint} style={{ textAlign: 'left' }}>
            {label}
          </caption>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {t('admin.usage.date')}
              </th>
              <th className={styles.th} scope="col">
                {t('admin.usage.generated')}
              </th>
              <th className={styles.th} scope="col">
                {t('admin.usage.accepted')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((d) => (
              <tr key={d.date}>
                <th className={styles.th} scope="row">
                  {d.date}
                </th>
                <td className={styles.td}>{d.generated}</td>
                <td className={styles.td}>{d.accepted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
