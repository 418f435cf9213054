import { DateTime } from 'luxon';

import { addDays } from './calendar-day';

/**
 * Clinicians finish nights at odd hours, so a check-in day starts at this local hour, not at
 * midnight: a check-in at 02:00 after a night shift still belongs to the evening before.
 */
export const DEFAULT_DAY_START_HOUR = 4;

/** The instants a check-in day covers, as ISO timestamps with the zone's offset; end exclusive. */
export interface CheckInDayInterval {
  start: string;
  end: string;
}

export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The check-in day (YYYY-MM-DD) that `instant` belongs to in `zone`. */
export function checkInDayFor(
  instant: Date | string,
  zone: string,
  dayStartHour = DEFAULT_DAY_START_HOUR,
): string {
  assertDayStartHour(dayStartHour);
  const local = toZoned(instant, zone);
  // Compare wall-clock hours, not elapsed time, so a 23- or 25-hour DST day keeps its boundary.
  const calendarDay = local.toISODate() as string;
  return local.hour < dayStartHour ? addDays(calendarDay, -1) : calendarDay;
}

export function checkInDayInterval(
  day: string,
  zone: string,
  dayStartHour = DEFAULT_DAY_START_HOUR,
): CheckInDayInterval {
  assertDayStartHour(dayStartHour);
  return { start: dayStart(day, zone, dayStartHour), end: dayStart(addDays(day, 1), zone, dayStartHour) };
}

/** Whether `day` is still the current check-in day at `now` in `zone`. */
export function isCheckInDayOpen(
  day: string,
  now: Date | string,
  zone: string,
  dayStartHour = DEFAULT_DAY_START_HOUR,
): boolean {
  return checkInDayFor(now, zone, dayStartHour) === day;
}

function dayStart(day: string, zone: string, hour: number): string {
  assertZone(zone);
  // In a DST gap luxon moves the hour forward to the first real instant. When the clocks fall
  // back the hour happens twice; the day starts at the first one, as checkInDayFor agrees.
  const time = `${String(hour).padStart(2, '0')}:00`;
  const start = DateTime.fromISO(`${day}T${time}`, { zone });
  const repeatedMinutes = start.minus({ hours: 6 }).offset - start.offset;
  if (repeatedMinutes > 0) {
    const earlier = start.minus({ minutes: repeatedMinutes });
    if (earlier.toISODate() === day && earlier.hour === hour && earlier.minute === 0) {
      return earlier.toISO() as string;
    }
  }
  return start.toISO() as string;
}

function toZoned(instant: Date | string, zone: string): DateTime {
  assertZone(zone);
  // A string without an offset is a local time in `zone`.
  const parsed =
    typeof instant === 'string' ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant);
  if (!parsed.isValid) {
    throw new RangeError(`"${String(instant)}" is not a valid date and time.`);
  }
  return parsed.setZone(zone);
}

function assertZone(zone: string): void {
  if (!isValidZone(zone)) {
    throw new RangeError(`"${zone}" is not a known time zone.`);
  }
}

function assertDayStartHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`The day start hour must be a whole hour from 0 to 23, not ${hour}.`);
  }
}
