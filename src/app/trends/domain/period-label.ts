import { civilFromDays, isoWeek, isoWeekday } from '../../shared/time/calendar-day';

/**
 * Labels for days, weeks and months, in English and built by hand: a table of 3,650 days calls
 * these in a loop, and `Intl`/luxon formatting costs far more than string concatenation.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "4 Mar 2026" */
export function dateLabel(epochDay: number): string {
  const { year, month, day } = civilFromDays(epochDay);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Wed 4 Mar 2026" */
export function dayLabel(epochDay: number): string {
  return `${WEEKDAYS[isoWeekday(epochDay) - 1]} ${dateLabel(epochDay)}`;
}

/** "Week of 29 Dec 2025", named by its Monday. */
export function weekLabel(monday: number): string {
  return `Week of ${dateLabel(monday)}`;
}

/** "2026-W01": the ISO 8601 week key. */
export function weekKey(epochDay: number): string {
  const { year, week } = isoWeek(epochDay);
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

/** "Jan 2026" for a month index (year × 12 + month − 1). */
export function monthLabel(monthIndex: number): string {
  return `${MONTHS[monthIndex % 12]} ${Math.floor(monthIndex / 12)}`;
}

/** "2026-01" for a month index. */
export function monthKey(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  return `${Math.floor(monthIndex / 12)}-${month < 10 ? '0' : ''}${month}`;
}
