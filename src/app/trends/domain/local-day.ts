import { deviceZone, isoDayOf, wallClockAt } from '../../shared/time/zoned-time';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO 8601 instant with its offset, or null for anything else. */
export function instantMillis(iso: string): number | null {
  if (!ISO_INSTANT.test(iso)) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`, or in the device's zone. */
export function localDayAt(time: number, zone = deviceZone()): string {
  return isoDayOf(wallClockAt(time, zone));
}
