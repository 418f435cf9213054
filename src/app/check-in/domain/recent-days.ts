import { daysEndingOn } from './calendar-day';
import { CheckIn } from './check-in';

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
