import { dateTimeFormat } from '../../shared/format/intl-cache';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO 8601 instant with its offset, or null for anything else. */
export function instantMillis(iso: string): number | null {
  if (!ISO_INSTANT.test(iso)) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `zone`, or in the device's zone. Intl and
 * Date, not luxon: a chart reads hundreds of these, and luxon's zone lookups cost ~0.1 ms each.
 */
export function localDayAt(time: number, zone?: string): string {
  if (zone === undefined) {
    const date = new Date(time);
    return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  const parts = dateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return isoDay(part('year'), part('month'), part('day'));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
