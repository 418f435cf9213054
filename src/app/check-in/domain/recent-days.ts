import { addDays, daysEndingOn } from '../../shared/time/calendar-day';
import { CheckIn } from './check-in';

/**
 * How many days before today the app reads first, for Today: its seven-day strip and the weekly
 * summary (this week and the four before it, at most 35 days), with a week to spare for a changed
 * day-start hour or time zone; a 7- or 30-day trend needs no more either. The years before them are
 * read when a page needs them, or once the app is quiet.
 */
export const FIRST_READ_DAYS = 42;

/**
 * The first day of that first read at `now`: at least `FIRST_READ_DAYS` before the check-in day in
 * every zone and for every day-start hour. It is worked out from the UTC date, two days back (local
 * dates run from a day behind UTC to a day ahead, and a check-in day can be the local date before),
 * rather than from the zone: the first time zone lookup in a tab costs tens of milliseconds, which
 * the start-up's longest task would otherwise carry.
 */
export function firstReadDay(now: Date): string {
  return addDays(now.toISOString().slice(0, 10), -(FIRST_READ_DAYS + 2));
}

export interface RecentDay {
  day: string;
  checkIn: CheckIn | null;
}

/** The last `count` days up to `today`, oldest first, each with its check-in if there is one. */
export function recentDays(checkIns: readonly CheckIn[], today: string, count = 7): RecentDay[] {
  const byDay = new Map(checkIns.map((checkIn) => [checkIn.day, checkIn]));
  return daysEndingOn(today, count).map((day) => ({ day, checkIn: byDay.get(day) ?? null }));
}

/** A plain count, with no judgement about the days without a check-in. */
export function recentDaysLabel(days: readonly RecentDay[]): string {
  const checkedIn = days.filter((d) => d.checkIn !== null).length;
  return `Checked in on ${checkedIn} of the last ${days.length} days`;
}
