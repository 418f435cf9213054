import { addDays, daysBetween, daysEndingOn, isCalendarDay } from './calendar-day';

describe('calendar day', () => {
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
