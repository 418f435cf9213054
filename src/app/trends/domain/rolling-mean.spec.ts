import { DailyPoint } from './daily-series';
import { toDay, toEpochDay } from '../../shared/time/calendar-day';
import { rollingMean } from './rolling-mean';

/** Consecutive days from `start`, one value each. */
function series(start: string, values: (number | null)[]): DailyPoint[] {
  const first = toEpochDay(start);
  return values.map((value, i) => ({ day: toDay(first + i), epochDay: first + i, value }));
}

describe('rollingMean', () => {
  it('averages the values present in the trailing 7 days, needing 4 of them', () => {
    const days = series('2025-12-28', [3, 4, null, 5, 2, null, 4, null, null, 1]);
    expect(rollingMean(days).map((p) => p.value)).toEqual([
      null, //  {3}: 1 value
      null, //  {3, 4}: 2
      null, //  {3, 4}: 2
      null, //  {3, 4, 5}: 3
      3.5, //   {3, 4, 5, 2}: 14 / 4
      3.5, //   same four values
      3.6, //   days 1–7 {3, 4, 5, 2, 4}: 18 / 5
      3.75, //  days 2–8 {4, 5, 2, 4}: 15 / 4 (day 1 left the window)
      null, //  days 3–9 {5, 2, 4}: only 3
      3, //     days 4–10 {5, 2, 4, 1}: 12 / 4
    ]);
    // Days carry over the year end untouched.
    expect(rollingMean(days)[4]?.day).toBe('2026-01-01');
  });

  it('counts calendar days, not points, when the series itself skips days', () => {
    const sparse: DailyPoint[] = [
      { day: '2026-01-01', epochDay: toEpochDay('2026-01-01'), value: 2 },
      { day: '2026-01-05', epochDay: toEpochDay('2026-01-05'), value: 4 },
      { day: '2026-01-09', epochDay: toEpochDay('2026-01-09'), value: 6 },
    ];
    // 5 Jan: window 30 Dec – 5 Jan holds {2, 4} → 3. 9 Jan: window 3–9 Jan holds {4, 6} → 5.
    expect(rollingMean(sparse, 7, 2).map((p) => p.value)).toEqual([null, 3, 5]);
  });

  it('takes other window lengths and minimums', () => {
    // 3-day window, 1 value enough: [1], [1, 3], [1, 3, null], [3, null, 8] → 1, 2, 2, 5.5
    expect(rollingMean(series('2026-01-01', [1, 3, null, 8]), 3, 1).map((p) => p.value)).toEqual([1, 2, 2, 5.5]);
    expect(rollingMean([])).toEqual([]);
  });

  it('stays null through a long gap and recovers after it', () => {
    const values: (number | null)[] = [5, 5, 5, 5, ...Array<null>(10).fill(null), 1, 1, 1, 1];
    const means = rollingMean(series('2026-01-01', values)).map((p) => p.value);
    expect(means[3]).toBe(5);
    // Day 11 (index 10) looks back to days 5–11: all empty.
    expect(means[10]).toBeNull();
    expect(means[17]).toBe(1);
  });
});
