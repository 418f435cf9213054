import { DateTime } from 'luxon';

/** "Saturday, 28 Nov" (in the reader's locale) for a check-in day written YYYY-MM-DD. */
export function longDay(day: string): string {
  return DateTime.fromISO(day).toLocaleString({ weekday: 'long', day: 'numeric', month: 'short' });
}

export function shortWeekday(day: string): string {
  return DateTime.fromISO(day).toLocaleString({ weekday: 'short' });
}

export function dayOfMonth(day: string): string {
  return DateTime.fromISO(day).toLocaleString({ day: 'numeric' });
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** 7.5 → "7½ h": sleep and work are kept in half hours. */
export function hoursLabel(hours: number): string {
  const whole = Math.floor(hours);
  return `${hours - whole === 0.5 ? (whole === 0 ? '½' : `${whole}½`) : whole} h`;
}
