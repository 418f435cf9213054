import { DateTime } from 'luxon';
import { deviceZone, instantOfWallClock, isValidZone, offsetMinutesAt, readInstant, toZonedIso, wallClockAt } from './zoned-time';

const NEW_YORK = 'America/New_York';
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

describe('zoned time', () => {
  it('reads the wall clock and offset of a zone', () => {
    const time = Date.UTC(2026, 0, 15, 6, 30, 15, 250);
    expect(wallClockAt(time, NEW_YORK)).toEqual({ year: 2026, month: 1, day: 15, hour: 1, minute: 30, second: 15, millisecond: 250 });
    expect(offsetMinutesAt(time, NEW_YORK)).toBe(-300);
    expect(offsetMinutesAt(Date.UTC(2026, 6, 1), NEW_YORK)).toBe(-240);
    expect(offsetMinutesAt(time, 'Asia/Kolkata')).toBe(330);
    expect(wallClockAt(Date.UTC(2026, 0, 15, 5), NEW_YORK).hour).toBe(0);
  });

  it('finds the instant of a wall-clock time, across DST gaps and repeats', () => {
    expect(instantOfWallClock(wall(2026, 1, 15, 4), NEW_YORK)).toBe(Date.UTC(2026, 0, 15, 9));
    // 02:30 does not happen on 2026-03-08 in New York: it becomes 03:30 EDT.
    expect(instantOfWallClock(wall(2026, 3, 8, 2, 30), NEW_YORK)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // 01:30 happens twice on 2026-11-01: the first, in EDT.
    expect(instantOfWallClock(wall(2026, 11, 1, 1, 30), NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('reads instants with an offset, and times without one as local to the zone', () => {
    expect(readInstant('2026-01-15T06:30:00Z', NEW_YORK)).toBe(Date.UTC(2026, 0, 15, 6, 30));
    expect(readInstant('2026-01-15T01:30:00-05:00', 'UTC')).toBe(Date.UTC(2026, 0, 15, 6, 30));
    expect(readInstant('2026-01-15T01:30', NEW_YORK)).toBe(Date.UTC(2026, 0, 15, 6, 30));
    expect(readInstant('2026-01-15', NEW_YORK)).toBe(Date.UTC(2026, 0, 15, 5));
    expect(readInstant(new Date(Date.UTC(2026, 0, 15)), NEW_YORK)).toBe(Date.UTC(2026, 0, 15));
    for (const bad of ['not a date', '2026-02-30T10:00', '2026-01-15T25:00', '15/01/2026']) expect(readInstant(bad, NEW_YORK)).withContext(bad).toBeNull();
    expect(readInstant(new Date('nope'), NEW_YORK)).toBeNull();
  });

  it('writes ISO 8601 with the zone’s offset', () => {
    expect(toZonedIso(Date.UTC(2026, 0, 15, 9), NEW_YORK)).toBe('2026-01-15T04:00:00.000-05:00');
    expect(toZonedIso(Date.UTC(2026, 0, 15, 9), 'Asia/Kolkata')).toBe('2026-01-15T14:30:00.000+05:30');
    expect(toZonedIso(Date.UTC(2026, 0, 15, 9), 'UTC')).toBe('2026-01-15T09:00:00.000Z');
    expect(toZonedIso(Date.UTC(2026, 0, 15, 9), 'Europe/London')).toBe('2026-01-15T09:00:00.000+00:00');
  });

  it('reads the device’s own zone through Date, as Intl would', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: deviceZone(), hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 7 * 3_600_000 + 1_000) {
      const parts = Object.fromEntries(intl.formatToParts(time).map((p) => [p.type, p.value]));
      const ours = wallClockAt(time, deviceZone());
      expect([ours.year, ours.month, ours.day, ours.hour, ours.minute]).toEqual([+parts['year'], +parts['month'], +parts['day'], +parts['hour'], +parts['minute']]);
    }
  });

  it('knows IANA zones and refuses others', () => {
    expect(isValidZone('Europe/Madrid')).toBeTrue();
    expect(isValidZone('Mars/Olympus')).toBeFalse();
    expect(isValidZone('')).toBeFalse();
  });

  it('agrees with luxon on every hour of 2026 in zones with and without DST', () => {
    for (const zone of [NEW_YORK, 'Europe/Madrid', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC']) {
      for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 3_600_000 + 17_000) {
        const reference = DateTime.fromMillis(time, { zone });
        const ours = wallClockAt(time, zone);
        const theirs = { year: reference.year, month: reference.month, day: reference.day, hour: reference.hour, minute: reference.minute, second: reference.second, millisecond: reference.millisecond };
        if (JSON.stringify(ours) !== JSON.stringify(theirs) || offsetMinutesAt(time, zone) !== reference.offset) {
          fail(`${new Date(time).toISOString()} in ${zone}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
          return;
        }
      }
    }
    expect().nothing();
  });
});
