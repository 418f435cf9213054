import { dateTimeFormat } from '../format/intl-cache';

/**
 * Wall-clock time in an IANA zone, with the browser's own Intl time-zone data. This replaces
 * luxon on the first screen: a check-in day is computed for every record and every minute, and
 * an Intl formatter, once made, reads a zone's wall clock in microseconds.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

let device: string | undefined;

/** The device's IANA zone, as the browser reports it. */
export function deviceZone(): string {
  return (device ??= new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/** The calendar day (YYYY-MM-DD) of a wall clock. */
export function isoDayOf({ year, month, day }: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidZone(zone: string): boolean {
  try {
    wallFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in `zone` shows at `time` (epoch milliseconds). */
export function wallClockAt(time: number, zone: string): WallClock {
  // The device's own zone is the one Date's local fields use: the same answer, without Intl.
  if (zone === deviceZone()) {
    const date = new Date(time);
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
      millisecond: date.getMilliseconds(),
    };
  }
  const parts = wallFormat(zone).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    millisecond: ((time % 1000) + 1000) % 1000,
  };
}

/** The zone's offset from UTC at `time`, in minutes (−300 for New York in winter). */
export function offsetMinutesAt(time: number, zone: string): number {
  return Math.round((asUtc(wallClockAt(time, zone)) - time) / MINUTE_MS);
}

/**
 * The instant a clock in `zone` shows `wall`. When the clocks fall back and the time happens
 * twice, the first; when they spring forward over it, the time that far past the jump (02:30 on
 * a night that skips 02:00–03:00 is 03:30), as luxon and Temporal do.
 */
export function instantOfWallClock(wall: WallClock, zone: string): number {
  const reading = asUtc(wall);
  const before = offsetMinutesAt(reading - DAY_MS, zone);
  const after = offsetMinutesAt(reading + DAY_MS, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => reading - offset * MINUTE_MS)
    .filter((time) => asUtc(wallClockAt(time, zone)) === reading)
    .sort((a, b) => a - b);
  return candidates[0] ?? reading - before * MINUTE_MS;
}

/**
 * Epoch milliseconds of `instant`: a Date, an ISO string with an offset, or an ISO date or
 * date-time without one, which is a wall-clock time in `zone`. Null when it cannot be read.
 */
export function readInstant(instant: Date | string, zone: string): number | null {
  if (instant instanceof Date) return Number.isNaN(instant.getTime()) ? null : instant.getTime();
  const local = LOCAL_TIME.exec(instant);
  if (local) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', ms = '0'] = local;
    const wall = { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second, millisecond: +ms.padEnd(3, '0') };
    return isRealWallClock(wall) ? instantOfWallClock(wall, zone) : null;
  }
  if (!INSTANT.test(instant)) return null;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? null : time;
}

/** ISO 8601 with the zone's offset, e.g. 2026-01-15T04:00:00.000-05:00 (Z for UTC itself). */
export function toZonedIso(time: number, zone: string): string {
  const wall = wallClockAt(time, zone);
  const offset = offsetMinutesAt(time, zone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const clock = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${pad(wall.millisecond, 3)}`;
  const sign = offset < 0 ? '-' : '+';
  const suffix = offset === 0 && isUtc(zone) ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date}T${clock}${suffix}`;
}

function isUtc(zone: string): boolean {
  return /^(?:Etc\/)?(?:UTC|UCT|GMT|Zulu|Universal)$/i.test(zone);
}

function isRealWallClock(wall: WallClock): boolean {
  const date = new Date(asUtc(wall));
  return (
    date.getUTCFullYear() === wall.year &&
    date.getUTCMonth() + 1 === wall.month &&
    date.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60
  );
}

/** The wall-clock reading as if it were UTC: a number to compare and subtract. */
function asUtc({ year, month, day, hour, minute, second, millisecond }: WallClock): number {
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, day);
  time.setUTCHours(hour, minute, second, millisecond);
  return time.getTime();
}

function wallFormat(zone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}
