/**
 * The usage screen's period: the last 7, 30 or 90 days (today included) or two dates the
 * admin picks. Dates are local days, YYYY-MM-DD, as the gateway reads bare dates.
 */

export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 30;

/** The gateway's longest report. */
export const MAX_DAYS = 366;

export function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The last `days` local days, ending with today. */
export function presetRange(days: number, today: Date): { from: string; to: string } {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDate(start), to: localDate(today) };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string): Date | undefined {
  const m = DAY.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDate(d) === text.trim() ? d : undefined;
}

/** Days from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): number | undefined {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b) return undefined;
  // Rounded: a daylight-saving change makes one day 23 or 25 hours long.
  return Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1;
}

export type RangeProblem = 'badDate' | 'fromAfterTo' | 'tooLong';

export function rangeProblem(from: string, to: string): RangeProblem | undefined {
  const days = daysInRange(from, to);
  if (days === undefined) return 'badDate';
  if (days < 1) return 'fromAfterTo';
  if (days > MAX_DAYS) return 'tooLong';
  return undefined;
}
