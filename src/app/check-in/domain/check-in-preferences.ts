import { addDays, isCalendarDay } from '../../shared/time/calendar-day';

/** A daily nudge to check in, at a local wall-clock time (HH:mm), wherever the user is. */
export interface DailyReminder {
  enabled: boolean;
  time: string;
  /** Also show a system notification while Tend is open or installed (there is no push server). */
  notify: boolean;
}

export interface CheckInPreferences {
  /** Off unless the user asks: a count of days is encouragement for some and pressure for others. */
  showStreak: boolean;
  reminder: DailyReminder;
}

export const DEFAULT_CHECK_IN_PREFERENCES: CheckInPreferences = {
  showStreak: false,
  reminder: { enabled: false, time: '20:00', notify: false },
};

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY.test(value);
}

/** Whatever was stored (or nothing), as preferences the app can use; unknown parts fall back. */
export function normalizeCheckInPreferences(stored: unknown): CheckInPreferences {
  const value = (stored ?? {}) as Partial<CheckInPreferences>;
  const reminder = (value.reminder ?? {}) as Partial<DailyReminder>;
  const fallback = DEFAULT_CHECK_IN_PREFERENCES;
  return {
    showStreak: typeof value.showStreak === 'boolean' ? value.showStreak : fallback.showStreak,
    reminder: {
      enabled: typeof reminder.enabled === 'boolean' ? reminder.enabled : fallback.reminder.enabled,
      time: isTimeOfDay(reminder.time) ? reminder.time : fallback.reminder.time,
      notify: typeof reminder.notify === 'boolean' ? reminder.notify : fallback.reminder.notify,
    },
  };
}

/**
 * The local wall-clock minute (YYYY-MM-DDTHH:mm) at which the reminder for check-in day `day`
 * is due. A time before the day's start hour belongs to the small hours after the calendar date.
 */
export function reminderDueAt(day: string, time: string, dayStartHour: number): string {
  const hour = Number(time.slice(0, 2));
  return `${hour < dayStartHour ? addDays(day, 1) : day}T${time}`;
}

export interface ReminderMoment {
  /** The current check-in day. */
  today: string;
  /** The current local wall-clock minute, YYYY-MM-DDTHH:mm. */
  minute: string;
  dayStartHour: number;
  checkedInToday: boolean;
}

/** Due from its time until the day ends, and only while today has no check-in. */
export function isReminderDue(reminder: DailyReminder, moment: ReminderMoment): boolean {
  if (!reminder.enabled || moment.checkedInToday) return false;
  if (!isTimeOfDay(reminder.time) || !isCalendarDay(moment.today)) return false;
  return moment.minute >= reminderDueAt(moment.today, reminder.time, moment.dayStartHour);
}
