import { chartLayout, niceStep, percent, totalSeries } from '../../../addin/features/admin/usage/chart.js';
import { daysInRange, presetRange, rangeProblem } from '../../../addin/features/admin/usage/period.js';

const day = (date: string, generated: number, accepted: number) => ({ date, generated, accepted });

describe('usage chart', () => {
  test('adds the templates’ daily counts up by date', () => {
    const series = totalSeries([
      { daily: [day('2025-03-01', 2, 1), day('2025-03-02', 0, 0)] },
      { daily: [day('2025-03-01', 3, 3), day('2025-03-02', 1, 0)] },
    ]);
    expect(series).toEqual([day('2025-03-01', 5, 4), day('2025-03-02', 1, 0)]);
  });

  test('uses round steps on the y axis', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(37)).toBe(10);
    expect(niceStep(180)).toBe(50);
  });

  test('draws each day’s bars in proportion, the accepted part inside the generated one', () => {
    const c = chartLayout([day('2025-03-01', 4, 1), day('2025-03-02', 0, 0), day('2025-03-03', 8, 8)], 336, 180);
    const plotHeight = c.plot.bottom - c.plot.top;
    expect(c.yMax).toBe(8);
    const [a, b, d] = c.bars;
    expect(a!.generated.height).toBeCloseTo(plotHeight / 2);
    expect(a!.accepted.height).toBeCloseTo(plotHeight / 8);
    expect(b!.generated.height).toBe(0);
    expect(d!.accepted.height).toBeCloseTo(plotHeight);
    // Bars stay inside the plot, in date order, without overlapping.
    for (const bar of c.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(c.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(c.plot.right + 1e-9);
    }
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(c.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
  });

  test('labels only as many dates as fit the width', () => {
    const series = Array.from({ length: 90 }, (_v, i) => day(`2025-01-${String((i % 28) + 1).padStart(2, '0')}`, i % 3, 0));
    const narrow = chartLayout(series, 320, 180);
    const wide = chartLayout(series, 1200, 180);
    expect(narrow.labels.length).toBeLessThan(wide.labels.length);
    const gaps = narrow.labels.slice(1).map((l, i) => l.x - narrow.labels[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
  });

  test('an empty period still has an axis', () => {
    const c = chartLayout([day('2025-03-01', 0, 0)], 300, 180);
    expect(c.yMax).toBe(1);
    expect(c.bars[0]!.generated.height).toBe(0);
  });

  test('writes rates as whole percentages', () => {
    expect(percent(0.4, 'en-US')).toBe('40%');
    expect(percent(null, 'en-US')).toBe('–');
  });
});

describe('usage period', () => {
  test('the last n days end today and include it', () => {
    expect(presetRange(7, new Date(2025, 2, 5))).toEqual({ from: '2025-02-27', to: '2025-03-05' });
    expect(daysInRange('2025-02-27', '2025-03-05')).toBe(7);
  });

  test('refuses reversed, unreadable and over-long ranges', () => {
    expect(rangeProblem('2025-03-02', '2025-03-01')).toBe('fromAfterTo');
    expect(rangeProblem('2025-02-30', '2025-03-01')).toBe('badDate');
    expect(rangeProblem('2024-01-01', '2025-03-01')).toBe('tooLong');
    expect(rangeProblem('2025-03-01', '2025-03-01')).toBeUndefined();
  });
});
