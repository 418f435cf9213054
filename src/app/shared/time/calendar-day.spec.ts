import { DateTime } from 'luxon';
import {
  addDays,
  daysBetween,
  daysEndingOn,
  isCalendarDay,
  civilFromDays,
  consecutiveDays,
  daysInMonth,
  isoWeek,
  isoWeekday,
  mondayOf,
  monthIndex,
  parseDay,
  toDay,
  toEpochDay,
} from './calendar-day';

describe('epoch days', () => {
  it('counts days from 1970-01-01', () => {
    const cases: [string, number][] = [
      ['1970-01-01', 0],
      ['1969-12-31', -1],
      // 1970–1999 is 30 years with 7 leap days (72, 76 … 96): 30 × 365 + 7 = 10957.
      ['2000-01-01', 10957],
      // + 31 (January) + 29 (February 2000 is a leap month, divisible by 400) = 11017.
      ['2000-03-01', 11017],
    ];
    for (const [day, epochDay] of cases) {
      expect(toEpochDay(day)).withContext(day).toBe(epochDay);
      expect(toDay(epochDay)).withContext(day).toBe(day);
    }
  });

  it('agrees with luxon on every day from 1999 to 2031', () => {
    let day = DateTime.fromISO('1999-01-01', { zone: 'utc' });
    for (let epochDay = toEpochDay('1999-01-01'); epochDay < toEpochDay('2032-01-01'); epochDay++) {
      const iso = day.toISODate()!;
      expect(toDay(epochDay)).toBe(iso);
      expect(isoWeekday(epochDay)).toBe(day.weekday);
      const week = isoWeek(epochDay);
      if (week.week !== day.weekNumber || week.year !== day.weekYear) fail(`ISO week of ${iso}`);
      day = day.plus({ days: 1 });
    }
  });

  it('lists consecutive days across month, leap-day and year ends', () => {
    const start = toEpochDay('2023-12-30');
    const days = consecutiveDays(start, 800);
    expect(days.slice(0, 4)).toEqual(['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02']);
    // 2023-12-30 + 61 days: 2 (Dec) + 31 (Jan) + 28 → 29 Feb 2024, a leap day.
    expect(days[61]).toBe('2024-02-29');
    days.forEach((day, i) => {
      if (day !== toDay(start + i)) fail(`${i}: ${day}`);
    });
    expect(consecutiveDays(start, 0)).toEqual([]);
    expect([daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 4)]).toEqual([28, 29, 30]);
  });

  it('rejects strings that are not calendar days', () => {
    for (const bad of ['', 'abc', '2025-1-01', '2025-13-01', '2025-00-10', '2025-04-31', '2025-02-29']) {
      expect(parseDay(bad)).withContext(bad).toBeNull();
    }
    expect(parseDay('2024-02-29')).not.toBeNull();
    expect(() => toEpochDay('2025-02-29')).toThrowError(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-06', -6)).toBe('2025-12-31');
  });

  it('finds ISO weekdays, Mondays and weeks, including week 53', () => {
    // 2026-01-01 is a Thursday, so 2026 has 53 ISO weeks and its week 1 starts on Mon 2025-12-29.
    expect(isoWeekday(toEpochDay('2026-01-01'))).toBe(4);
    expect(toDay(mondayOf(toEpochDay('2026-01-04')))).toBe('2025-12-29');
    expect(isoWeek(toEpochDay('2025-12-29'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(toEpochDay('2026-12-31'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(toEpochDay('2027-01-03'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(toEpochDay('2027-01-04'))).toEqual({ year: 2027, week: 1 });
    // 2020-12-31 is a Thursday: 2020-W53 runs Mon 28 Dec 2020 – Sun 3 Jan 2021.
    expect(isoWeek(toEpochDay('2021-01-03'))).toEqual({ year: 2020, week: 53 });
  });

  it('numbers months continuously across a year end', () => {
    // 2025 × 12 + 11 = 24311 for December; January 2026 is the next month.
    expect(monthIndex(toEpochDay('2025-12-31'))).toBe(24311);
    expect(monthIndex(toEpochDay('2026-01-01'))).toBe(24312);
    expect(civilFromDays(toEpochDay('2026-01-01'))).toEqual({ year: 2026, month: 1, day: 1 });
  });
});

describe('calendar days as text', () => {
  const additions: [string, number, string][] = [
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 1, '2026-03-09'],
  ];
  for (const [day, days, expected] of additions) {
    it(`adds ${days} day(s) to ${day}`, () => {
      expect(addDays(day, days)).toBe(expected);
    });
  }

  it('counts whole days between two days', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
  });

  it('lists the days ending on a day, oldest first', () => {
    expect(daysEndingOn('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysEndingOn('2026-03-02', 0)).toEqual([]);
  });

  it('recognises only real YYYY-MM-DD days', () => {
    expect(isCalendarDay('2026-02-28')).toBeTrue();
    expect(isCalendarDay('2026-02-30')).toBeFalse();
    expect(isCalendarDay('2026-2-3')).toBeFalse();
    expect(isCalendarDay('2026-02-28T10:00')).toBeFalse();
  });

  it('refuses to do arithmetic on something that is not a day', () => {
    expect(() => addDays('yesterday', 1)).toThrowError(RangeError, /not a calendar day/);
  });
});
