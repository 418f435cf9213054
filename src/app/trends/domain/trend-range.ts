import { toDay, toEpochDay } from '../../shared/time/calendar-day';

export const TREND_RANGES = ['7d', '30d', '90d', '365d', 'all'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

/** An inclusive interval of local days, `start` ≤ `end`, both `YYYY-MM-DD`. */
export interface DayWindow {
  start: string;
  end: string;
}

/** The days a rolling mean averages. */
export const ROLLING_DAYS = 7;

const RANGE_DAYS: Record<Exclude<TrendRange, 'all'>, number> = {
  '7d': 7,
  '30d': 30,
  '90d': 90,
  '365d': 365,
};

/**
 * The days a range covers, ending today. "7d" is today and the six days before it.
 * "all" starts at the first check-in (`firstDay`), or today when there is none yet or the
 * first day is somehow in the future.
 */
export function rangeWindow(range: TrendRange, today: string, firstDay?: string): DayWindow {
  const end = toEpochDay(today);
  if (range === 'all') {
    const first = firstDay === undefined ? end : toEpochDay(firstDay);
    return { start: toDay(Math.min(first, end)), end: today };
  }
  return { start: toDay(end - RANGE_DAYS[range] + 1), end: today };
}

/**
 * The first day a range's chart and patterns read: its window and the six days before it, which
 * feed the first 7-day rolling means. Null for "all", which reads every day.
 */
export function firstDayRead(range: TrendRange, today: string): string | null {
  if (range === 'all') return null;
  return toDay(toEpochDay(rangeWindow(range, today).start) - (ROLLING_DAYS - 1));
}

/** Number of days in a window, counting both ends. */
export function windowLength(window: DayWindow): number {
  return toEpochDay(window.end) - toEpochDay(window.start) + 1;
}

/** How a sentence names the range: "Mood over the last 30 days …", "Mood over all time …". */
export function rangePhrase(range: TrendRange): string {
  return range === 'all' ? 'all time' : `the last ${RANGE_DAYS[range]} days`;
}

export function isInWindow(day: string, window: DayWindow): boolean {
  // YYYY-MM-DD strings sort in calendar order.
  return day >= window.start && day <= window.end;
}
