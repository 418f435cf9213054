import { addDays } from '../../shared/time/calendar-day';
import { instantOfWallClock, isoDayOf, isValidZone, readInstant, toZonedIso, wallClockAt } from '../../shared/time/zoned-time';

export { isValidZone } from '../../shared/time/zoned-time';

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

/** The check-in day (YYYY-MM-DD) that `instant` belongs to in `zone`. */
export function checkInDayFor(
  instant: Date | string,
  zone: string,
  dayStartHour = DEFAULT_DAY_START_HOUR,
): string {
  assertDayStartHour(dayStartHour);
  const local = wallClockAt(toTime(instant, zone), zone);
  // Compare wall-clock hours, not elapsed time, so a 23- or 25-hour DST day keeps its boundary.
  const calendarDay = isoDayOf(local);
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
  // In a DST gap the day starts at the first real instant after the hour; when the clocks fall
  // back the hour happens twice and the day starts at the first, as checkInDayFor agrees.
  const [year, month, date] = day.split('-').map(Number);
  const start = instantOfWallClock({ year, month, day: date, hour, minute: 0, second: 0, millisecond: 0 }, zone);
  return toZonedIso(start, zone);
}

function toTime(instant: Date | string, zone: string): number {
  assertZone(zone);
  // A string without an offset is a local time in `zone`.
  const time = readInstant(instant, zone);
  if (time === null) {
    throw new RangeError(`"${String(instant)}" is not a valid date and time.`);
  }
  return time;
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
