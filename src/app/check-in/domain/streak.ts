import { addDays } from '../../shared/time/calendar-day';

/**
 * Consecutive days with a check-in, ending today — or yesterday, since today is still open and
 * not checking in yet is not a gap.
 */
export function checkInStreak(checkedInDays: Iterable<string>, today: string): number {
  const days = new Set(checkedInDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let length = 0;
  while (days.has(day)) {
    length++;
    day = addDays(day, -1);
  }
  return length;
}

/**
 * The streak when only the days from `since` on have been read (`since` null: every day has):
 * undefined when it runs back to `since`, since the days before decide its length.
 */
export function checkInStreakSince(checkedInDays: Iterable<string>, today: string, since: string | null): number | undefined {
  const days = new Set(checkedInDays);
  const length = checkInStreak(days, today);
  if (since === null || length === 0) return length;
  const last = days.has(today) ? today : addDays(today, -1);
  return addDays(last, 1 - length) <= since ? undefined : length;
}

/**
 * Streaks are optional and only ever described when there is one: a missed day gets no message,
 * because a day off from the app is nobody's failure.
 */
export function streakLabel(length: number): string | null {
  if (length <= 0) return null;
  return length === 1 ? '1 day' : `${length} days in a row`;
}
