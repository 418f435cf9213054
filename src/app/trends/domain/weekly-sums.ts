import { mondayOf, parseDay, toDay, toEpochDay } from '../../shared/time/calendar-day';
import { weekKey, weekLabel } from './period-label';
import { DayWindow } from './trend-range';

/** Something counted on a day: practice minutes, credit hours. */
export interface DatedAmount {
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  amount: number;
}

export interface WeekSum {
  /** "2026-W02" */
  key: string;
  label: string;
  /** The week's days inside the window. */
  start: string;
  end: string;
  /** 0 for a week with nothing: for a sum, nothing really is zero (unlike a missing mood). */
  total: number;
  /** Entries summed. */
  n: number;
}

function usable(entry: DatedAmount): number | null {
  const day = parseDay(entry.day);
  return day !== null && typeof entry.amount === 'number' && Number.isFinite(entry.amount) ? day : null;
}

/** One total per ISO week the window touches, in order; malformed entries are left out. */
export function weeklySums(entries: readonly DatedAmount[], window: DayWindow): WeekSum[] {
  const start = toEpochDay(window.start);
  const end = toEpochDay(window.end);
  const firstMonday = mondayOf(start);
  const weeks: WeekSum[] = [];
  for (let monday = firstMonday; monday <= end; monday += 7) {
    weeks.push({
      key: weekKey(monday),
      label: weekLabel(monday),
      start: toDay(Math.max(monday, start)),
      end: toDay(Math.min(monday + 6, end)),
      total: 0,
      n: 0,
    });
  }
  for (const entry of entries) {
    const day = usable(entry);
    if (day === null || day < start || day > end) continue;
    const week = weeks[(mondayOf(day) - firstMonday) / 7];
    week.total += entry.amount;
    week.n++;
  }
  return weeks;
}

/** The total inside a window, e.g. credit hours in one license cycle. */
export function sumWithin(entries: readonly DatedAmount[], window: DayWindow): { total: number; n: number } {
  const start = toEpochDay(window.start);
  const end = toEpochDay(window.end);
  let total = 0;
  let n = 0;
  for (const entry of entries) {
    const day = usable(entry);
    if (day === null || day < start || day > end) continue;
    total += entry.amount;
    n++;
  }
  return { total, n };
}
