import { DateTime } from 'luxon';

/**
 * A calendar day written as YYYY-MM-DD, with no time and no zone. Arithmetic runs in UTC so a
 * day is always exactly one step, whatever DST does where the user lives.
 */
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(value: string): boolean {
  return DAY_PATTERN.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function addDays(day: string, days: number): string {
  return parseDay(day).plus({ days }).toISODate() as string;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(parseDay(to).diff(parseDay(from), 'days').days);
}

/** The `count` days ending with `lastDay`, oldest first. */
export function daysEndingOn(lastDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(lastDay, i - count + 1));
}

function parseDay(day: string): DateTime {
  if (!isCalendarDay(day)) {
    throw new RangeError(`"${day}" is not a calendar day (expected YYYY-MM-DD).`);
  }
  return DateTime.fromISO(day, { zone: 'utc' });
}
