import { ReminderInterval } from './assessment-preferences';
import { INSTRUMENT_SHORT_TITLES } from './instrument-names';
import { compareCodeUnits } from '../../shared/compare';
import { deviceZone, isoDayOf, readInstant, wallClockAt } from '../../shared/time/zoned-time';

/** An instrument whose re-take reminder has come due, for Today to list. */
export interface DueAssessment {
  readonly instrumentId: string;
  readonly shortTitle: string;
  /** ISO timestamp of the last time it was taken. */
  readonly lastTakenAt: string;
  /** Local day (YYYY-MM-DD) the re-take became due. */
  readonly dueOn: string;
  /** Where to start it. */
  readonly path: string;
}

const STEP: Record<Exclude<ReminderInterval, 'off'>, { weeks?: number; months?: number }> = {
  'every-2-weeks': { weeks: 2 },
  monthly: { months: 1 },
  'every-3-months': { months: 3 },
};

/**
 * The local day a re-take falls due: the day it was last taken plus the interval (calendar
 * months, so "monthly" from 31 January is 28 or 29 February). Null when off or unreadable.
 */
export function reminderDueOn(lastTakenAt: string, interval: ReminderInterval, zone?: string): string | null {
  if (interval === 'off') return null;
  const where = zone ?? deviceZone();
  const time = readInstant(lastTakenAt, where);
  if (time === null) return null;
  const { year, month, day } = wallClockAt(time, where);
  const { weeks = 0, months = 0 } = STEP[interval];
  // Calendar months, keeping the day of the month where it exists: 31 January + 1 month is the
  // last day of February.
  const due = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay) + weeks * 7);
  return isoDayOf({ year: due.getUTCFullYear(), month: due.getUTCMonth() + 1, day: due.getUTCDate() });
}

/**
 * Instruments with a reminder whose due day is today or past, most overdue first. An
 * instrument never taken has nothing to re-take, so it is never due.
 */
export function dueAssessments(
  reminders: Readonly<Record<string, ReminderInterval>>,
  lastTakenAt: Readonly<Record<string, string>>,
  today: string,
  zone?: string,
): readonly DueAssessment[] {
  const due: DueAssessment[] = [];
  for (const [instrumentId, interval] of Object.entries(reminders)) {
    const shortTitle = INSTRUMENT_SHORT_TITLES[instrumentId];
    const last = lastTakenAt[instrumentId];
    const dueOn = last ? reminderDueOn(last, interval, zone) : null;
    if (!shortTitle || !last || !dueOn || dueOn > today) continue;
    due.push({ instrumentId, shortTitle, lastTakenAt: last, dueOn, path: `/assess/${instrumentId}` });
  }
  return due.sort((a, b) => compareCodeUnits(a.dueOn, b.dueOn) || a.shortTitle.localeCompare(b.shortTitle));
}
