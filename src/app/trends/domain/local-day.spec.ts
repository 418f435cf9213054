import { instantMillis, localDayAt } from './local-day';

describe('local day of an instant', () => {
  it('reads ISO instants with an offset and nothing else', () => {
    expect(instantMillis('2026-01-05T09:00:00Z')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(instantMillis('2026-01-05T09:00:00.123+02:00')).toBe(Date.UTC(2026, 0, 5, 7, 0, 0, 123));
    expect(instantMillis('2026-01-05')).toBeNull();
    expect(instantMillis('last Tuesday')).toBeNull();
    expect(instantMillis('2026-13-45T09:00:00Z')).toBeNull();
  });

  it('gives the day in the zone asked for, across the date line and DST', () => {
    const lateUtc = Date.UTC(2026, 0, 5, 23, 30);
    expect(localDayAt(lateUtc, 'UTC')).toBe('2026-01-05');
    expect(localDayAt(lateUtc, 'America/New_York')).toBe('2026-01-05');
    expect(localDayAt(lateUtc, 'Asia/Tokyo')).toBe('2026-01-06');
    expect(localDayAt(lateUtc, 'Pacific/Kiritimati')).toBe('2026-01-06');
    // 2026-03-08 02:30 does not exist in New York; 07:30Z is 03:30 EDT that day.
    expect(localDayAt(Date.UTC(2026, 2, 8, 7, 30), 'America/New_York')).toBe('2026-03-08');
    expect(localDayAt(Date.UTC(2026, 2, 8, 4, 59), 'America/New_York')).toBe('2026-03-07');
  });

  it('uses the device’s zone when none is given', () => {
    const noon = new Date(2026, 5, 15, 12).getTime();
    expect(localDayAt(noon)).toBe('2026-06-15');
  });
});
