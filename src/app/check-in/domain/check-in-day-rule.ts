import { isCalendarDay } from '../../shared/time/calendar-day';

/**
 * The first day a check-in can have. Mood apps came with smartphones, so an earlier date in a file
 * is a typo or a placeholder (0000-01-01, 1900-01-01), and years before it break calendar maths.
 */
export const EARLIEST_CHECK_IN_DAY = '2000-01-01';

export type CheckInDayProblem = 'not-a-day' | 'too-early' | 'future';

/**
 * Which days can hold a check-in, for the form and for imports alike: a real calendar day, from
 * EARLIEST_CHECK_IN_DAY to `today` (the day now, by the clock of whoever asks).
 */
export function checkInDayProblem(day: string, today: string): CheckInDayProblem | null {
  if (!isCalendarDay(day)) return 'not-a-day';
  if (day < EARLIEST_CHECK_IN_DAY) return 'too-early';
  return day > today ? 'future' : null;
}
