import { dateTimeFormat } from '../../shared/format/intl-cache';

/** "Saturday, Nov 28" (in the reader's locale) for a check-in day written YYYY-MM-DD. */
export function longDay(day: string): string {
  return formatDay(day, { weekday: 'long', day: 'numeric', month: 'short' });
}

export function shortWeekday(day: string): string {
  return formatDay(day, { weekday: 'short' });
}

export function dayOfMonth(day: string): string {
  return formatDay(day, { day: 'numeric' });
}

/** A calendar day has no zone: it is formatted as that date in UTC, so no offset can move it. */
function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month, date] = day.split('-').map(Number);
  return dateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** 7.5 → "7½ h": sleep and work are kept in half hours. */
export function hoursLabel(hours: number): string {
  const whole = Math.floor(hours);
  return `${hours - whole === 0.5 ? (whole === 0 ? '½' : `${whole}½`) : whole} h`;
}
