/**
 * Calendar days: a day written YYYY-MM-DD with no time and no zone, and as an integer, days since
 * 1970-01-01 (the "epoch day"). The one module for day arithmetic in Tend.
 *
 * A check-in's day is a local date with no time or zone, so plain civil-calendar arithmetic is
 * exact and DST cannot touch it. Charts walk thousands of days per range switch, which is why this
 * is hand-rolled integer maths (H. Hinnant's days_from_civil) and not luxon or Date.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The epoch day of a `YYYY-MM-DD` string, or `null` when it is not a real calendar date. */
export function parseDay(day: string): number | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const epochDay = daysFromCivil(year, month, date);
  // Rejects 2025-02-30 and friends: a real date survives the round trip.
  return civilFromDays(epochDay).day === date ? epochDay : null;
}

/** Like {@link parseDay} for days the caller already trusts (e.g. `today` from the clock). */
export function toEpochDay(day: string): number {
  const epochDay = parseDay(day);
  if (epochDay === null) throw new RangeError(`"${day}" is not a calendar day (expected YYYY-MM-DD).`);
  return epochDay;
}

export function isCalendarDay(value: string): boolean {
  return parseDay(value) !== null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The `count` days ending with `lastDay`, oldest first. */
export function daysEndingOn(lastDay: string, count: number): string[] {
  return consecutiveDays(toEpochDay(lastDay) - count + 1, count);
}

/** "00" … "31", so day strings are joined rather than formatted. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

export function toDay(epochDay: number): string {
  const { year, month, day } = civilFromDays(epochDay);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * `count` consecutive day strings from `start`. Steps the calendar instead of converting each
 * day, which is several times faster for the thousands of days of an "all time" chart.
 */
export function consecutiveDays(start: number, count: number): string[] {
  const days = new Array<string>(Math.max(0, count));
  let { year, month, day } = civilFromDays(start);
  let prefix = `${year}-${TWO_DIGITS[month]}-`;
  for (let i = 0; i < count; i++) {
    days[i] = prefix + TWO_DIGITS[day];
    if (++day > daysInMonth(year, month)) {
      day = 1;
      if (++month > 12) {
        month = 1;
        year++;
      }
      prefix = `${year}-${TWO_DIGITS[month]}-`;
    }
  }
  return days;
}

export function addDays(day: string, days: number): string {
  return toDay(toEpochDay(day) + days);
}

/** ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(epochDay: number): number {
  return epochDay - isoWeekday(epochDay) + 1;
}

/** ISO 8601 week: weeks start on Monday and belong to the year that holds their Thursday. */
export function isoWeek(epochDay: number): { year: number; week: number } {
  const thursday = mondayOf(epochDay) + 3;
  const year = civilFromDays(thursday).year;
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}

/** Months since year 0, so consecutive months differ by one across year boundaries. */
export function monthIndex(epochDay: number): number {
  const { year, month } = civilFromDays(epochDay);
  return year * 12 + month - 1;
}
