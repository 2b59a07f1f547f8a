/** Markdown tables and number formatting for the printed report. */
export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = headers.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(headers), line(align), ...rows.map(line)].join('\n');
}

export function ms(v: number, digits = 2): string {
  return Number.isFinite(v) ? `${v.toFixed(digits)} ms` : '–';
}

/** A difference in ms with its share of the baseline: "+0.42 ms (+0.3 %)". */
export function overhead(gateway: number, direct: number): string {
  const d = gateway - direct;
  if (!Number.isFinite(d)) return '–';
  const sign = d >= 0 ? '+' : '−';
  return `${sign}${Math.abs(d).toFixed(2)} ms (${sign}${Math.abs((d / direct) * 100).toFixed(1)} %)`;
}

export function bytes(v: number): string {
  const a = Math.abs(v);
  const s = a >= 1024 * 1024 ? `${(a / 1024 / 1024).toFixed(1)} MiB` : `${(a / 1024).toFixed(1)} KiB`;
  return v < 0 ? `−${s}` : s;
}

export function pct(v: number): string {
  return Number.isFinite(v) ? `${v.toFixed(0)} %` : '–';
}
