import { DateTime } from 'luxon';

import {
  checkInDayFor,
  checkInDayInterval,
  isCheckInDayOpen,
  isValidZone,
} from './check-in-day';

const NEW_YORK = 'America/New_York';
const MADRID = 'Europe/Madrid';

describe('checkInDayFor', () => {
  const cases: { why: string; instant: string; zone: string; hour?: number; day: string }[] = [
    { why: 'midnight belongs to the day before', instant: '2026-01-15T00:00:00-05:00', zone: NEW_YORK, day: '2026-01-14' },
    { why: '02:00 after a night shift', instant: '2026-01-15T02:00:00-05:00', zone: NEW_YORK, day: '2026-01-14' },
    { why: 'the last second before the boundary', instant: '2026-01-15T03:59:59-05:00', zone: NEW_YORK, day: '2026-01-14' },
    { why: 'the boundary itself', instant: '2026-01-15T04:00:00-05:00', zone: NEW_YORK, day: '2026-01-15' },
    { why: 'late evening', instant: '2026-01-15T23:59:00-05:00', zone: NEW_YORK, day: '2026-01-15' },
    { why: 'a UTC instant read in the zone', instant: '2026-01-15T06:30:00Z', zone: NEW_YORK, day: '2026-01-14' },
    { why: 'a configured midnight boundary', instant: '2026-01-15T00:30:00-05:00', zone: NEW_YORK, hour: 0, day: '2026-01-15' },
    { why: 'a configured 06:00 boundary', instant: '2026-01-15T05:59:00-05:00', zone: NEW_YORK, hour: 6, day: '2026-01-14' },
    { why: 'a configured 06:00 boundary, reached', instant: '2026-01-15T06:00:00-05:00', zone: NEW_YORK, hour: 6, day: '2026-01-15' },
    // New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01.
    { why: 'DST start, before the jump', instant: '2026-03-08T01:59:00-05:00', zone: NEW_YORK, day: '2026-03-07' },
    { why: 'DST start, 03:30 just after the jump', instant: '2026-03-08T07:30:00Z', zone: NEW_YORK, day: '2026-03-07' },
    { why: 'DST start, 04:00 EDT', instant: '2026-03-08T08:00:00Z', zone: NEW_YORK, day: '2026-03-08' },
    { why: 'DST end, first 01:30 (EDT)', instant: '2026-11-01T01:30:00-04:00', zone: NEW_YORK, day: '2026-10-31' },
    { why: 'DST end, second 01:30 (EST)', instant: '2026-11-01T01:30:00-05:00', zone: NEW_YORK, day: '2026-10-31' },
    { why: 'DST end, 03:59 EST', instant: '2026-11-01T08:59:00Z', zone: NEW_YORK, day: '2026-10-31' },
    { why: 'DST end, 04:00 EST', instant: '2026-11-01T09:00:00Z', zone: NEW_YORK, day: '2026-11-01' },
    // Madrid springs forward 02:00→03:00 on 2026-03-29 and falls back 03:00→02:00 on 2026-10-25.
    { why: 'Madrid DST start, 03:00 CEST', instant: '2026-03-29T01:00:00Z', zone: MADRID, day: '2026-03-28' },
    { why: 'Madrid DST start, 04:00 CEST', instant: '2026-03-29T02:00:00Z', zone: MADRID, day: '2026-03-29' },
    { why: 'Madrid DST end, 03:30 CET', instant: '2026-10-25T02:30:00Z', zone: MADRID, day: '2026-10-24' },
    { why: 'Madrid DST end, 04:00 CET', instant: '2026-10-25T03:00:00Z', zone: MADRID, day: '2026-10-25' },
  ];

  for (const c of cases) {
    it(`${c.why}: ${c.instant} in ${c.zone} is ${c.day}`, () => {
      expect(checkInDayFor(c.instant, c.zone, c.hour)).toBe(c.day);
    });
  }

  it('reads a time without an offset as local to the zone', () => {
    expect(checkInDayFor('2026-01-15T02:00', NEW_YORK)).toBe('2026-01-14');
    expect(checkInDayFor('2026-01-15T02:00', 'Asia/Tokyo', 2)).toBe('2026-01-15');
  });

  it('accepts a Date', () => {
    expect(checkInDayFor(new Date('2026-01-15T07:00:00Z'), NEW_YORK)).toBe('2026-01-14');
  });

  it('rejects an unknown zone, an impossible hour and an unreadable instant', () => {
    expect(() => checkInDayFor('2026-01-15T12:00:00Z', 'Mars/Olympus')).toThrowError(RangeError, /time zone/);
    expect(() => checkInDayFor('2026-01-15T12:00:00Z', NEW_YORK, 24)).toThrowError(RangeError, /0 to 23/);
    expect(() => checkInDayFor('not a date', NEW_YORK)).toThrowError(RangeError, /not a valid date/);
  });
});

describe('checkInDayInterval', () => {
  const hoursLong = (day: string, zone: string, hour?: number): number => {
    const { start, end } = checkInDayInterval(day, zone, hour);
    return (Date.parse(end) - Date.parse(start)) / 3_600_000;
  };

  it('runs from the start hour to the next start hour', () => {
    expect(checkInDayInterval('2026-01-15', NEW_YORK)).toEqual({
      start: '2026-01-15T04:00:00.000-05:00',
      end: '2026-01-16T04:00:00.000-05:00',
    });
  });

  it('is 23 hours long across DST start and 25 across DST end', () => {
    expect(hoursLong('2026-03-07', NEW_YORK)).toBe(23);
    expect(hoursLong('2026-03-08', NEW_YORK)).toBe(24);
    expect(hoursLong('2026-10-31', NEW_YORK)).toBe(25);
    expect(hoursLong('2026-03-28', MADRID)).toBe(23);
    expect(hoursLong('2026-10-24', MADRID)).toBe(25);
  });

  it('starts at the first real instant when the start hour is skipped by DST', () => {
    expect(checkInDayInterval('2026-03-08', NEW_YORK, 2).start).toBe('2026-03-08T03:00:00.000-04:00');
  });

  it('starts at the first of two repeated start hours when the clocks fall back', () => {
    expect(checkInDayInterval('2026-11-01', NEW_YORK, 1).start).toBe('2026-11-01T01:00:00.000-04:00');
  });

  it('agrees with checkInDayFor at every quarter hour around both DST changes', () => {
    for (const [zone, from] of [
      [NEW_YORK, '2026-03-06T00:00:00Z'],
      [NEW_YORK, '2026-10-30T00:00:00Z'],
      [MADRID, '2026-10-23T00:00:00Z'],
    ]) {
      for (const hour of [0, 1, 2, 3, 4, 6]) {
        for (let step = 0; step < 4 * 24 * 4; step++) {
          const instant = DateTime.fromISO(from).plus({ minutes: 15 * step });
          const day = checkInDayFor(instant.toJSDate(), zone, hour);
          const { start, end } = checkInDayInterval(day, zone, hour);
          const t = instant.toMillis();
          if (!(Date.parse(start) <= t && t < Date.parse(end))) {
            fail(`${instant.toISO()} in ${zone} (hour ${hour}) is ${day}, outside ${start}–${end}`);
            return;
          }
        }
      }
    }
    expect().nothing();
  });
});

describe('travel', () => {
  it('keeps a past check-in on its day while a new zone gives a new day', () => {
    const checkedIn = { day: checkInDayFor('2026-06-10T22:00:00-04:00', NEW_YORK), zone: NEW_YORK };
    const landedInMadrid = '2026-06-11T12:00:00+02:00';

    expect(checkedIn.day).toBe('2026-06-10');
    expect(checkInDayFor(landedInMadrid, MADRID)).toBe('2026-06-11');
    expect(isCheckInDayOpen(checkedIn.day, landedInMadrid, MADRID)).toBeFalse();
  });

  it('flying west can land in the same day, which stays the one already checked in', () => {
    const day = checkInDayFor('2026-06-10T09:00:00+02:00', MADRID);
    const landedInNewYork = '2026-06-10T14:00:00-04:00';

    expect(isCheckInDayOpen(day, landedInNewYork, NEW_YORK)).toBeTrue();
  });
});

describe('isCheckInDayOpen', () => {
  it('keeps yesterday open until the day start hour', () => {
    expect(isCheckInDayOpen('2026-01-14', '2026-01-15T03:00:00-05:00', NEW_YORK)).toBeTrue();
    expect(isCheckInDayOpen('2026-01-14', '2026-01-15T04:00:00-05:00', NEW_YORK)).toBeFalse();
  });
});

describe('isValidZone', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isValidZone(MADRID)).toBeTrue();
    expect(isValidZone('Mars/Olympus')).toBeFalse();
  });
});
