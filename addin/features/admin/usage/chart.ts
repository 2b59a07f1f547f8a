/**
 * Geometry for the usage chart, drawn by hand in SVG (no chart library): one bar per day for
 * drafts generated, the accepted part drawn over it, a y axis with round steps, and as many
 * date labels as fit. Pure, so the numbers can be tested without a browser.
 */
import type { DailyUsage, TemplateUsage } from '../../../api/admin-audit.js';

/** Every template's daily counts added up, by date. */
export function totalSeries(templates: readonly Pick<TemplateUsage, 'daily'>[]): DailyUsage[] {
  const byDate = new Map<string, DailyUsage>();
  for (const t of templates) {
    for (const d of t.daily) {
      const sum = byDate.get(d.date) ?? { date: d.date, generated: 0, accepted: 0 };
      sum.generated += d.generated;
      sum.accepted += d.accepted;
      byDate.set(d.date, sum);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A round step (1, 2 or 5 × 10ⁿ) so that about `ticks` steps cover `max`. */
export function niceStep(max: number, ticks = 4): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step); // counts are whole numbers
}

export interface Bar {
  date: string;
  x: number;
  width: number;
  generated: { y: number; height: number };
  accepted: { y: number; height: number };
  day: DailyUsage;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yMax: number;
  ticks: { value: number; y: number }[];
  bars: Bar[];
  /** Dates written under the axis, spaced so they do not collide. */
  labels: { date: string; x: number }[];
}

export const CHART_MARGIN = { left: 36, right: 8, top: 10, bottom: 22 } as const;
/** Room one date label needs ("05-31" at 11 px plus a gap). */
const LABEL_SPACE = 44;

export function chartLayout(series: readonly DailyUsage[], width: number, height: number): ChartLayout {
  const plot = { left: CHART_MARGIN.left, top: CHART_MARGIN.top, right: Math.max(CHART_MARGIN.left + 1, width - CHART_MARGIN.right), bottom: Math.max(CHART_MARGIN.top + 1, height - CHART_MARGIN.bottom) };
  const plotHeight = plot.bottom - plot.top;
  const highest = series.reduce((m, d) => Math.max(m, d.generated, d.accepted), 0);
  const step = niceStep(highest);
  const yMax = Math.max(step, Math.ceil(highest / step) * step);
  const yOf = (value: number) => plot.bottom - (value / yMax) * plotHeight;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_v, i) => ({ value: i * step, y: yOf(i * step) }));

  const slot = series.length ? (plot.right - plot.left) / series.length : 0;
  // A gap between bars while there is room for one; touching bars when there are many days.
  const barWidth = slot >= 4 ? slot * 0.7 : slot;
  const bars = series.map((day, i): Bar => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    const gy = yOf(day.generated);
    const ay = yOf(day.accepted);
    return { date: day.date, x, width: barWidth, generated: { y: gy, height: plot.bottom - gy }, accepted: { y: ay, height: plot.bottom - ay }, day };
  });

  const every = Math.max(1, Math.ceil(LABEL_SPACE / Math.max(slot, 1)));
  const labels = series
    .map((d, i) => ({ date: d.date, x: plot.left + i * slot + slot / 2, i }))
    .filter(({ i }) => i % every === 0)
    .map(({ date, x }) => ({ date, x }));

  return { width, height, plot, yMax, ticks, bars, labels };
}

/** "05-31" from "2024-05-31": the year is in the period picker already. */
export const shortDate = (date: string): string => date.slice(5);

/** 0.4 → "40%"; null → "–". */
export function percent(rate: number | null, locale: string): string {
  return rate === null ? '–' : rate.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}
