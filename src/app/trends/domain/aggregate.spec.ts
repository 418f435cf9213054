import { aggregate, bucketCount, bucketSeries, chooseBucketKind } from './aggregate';
import { DailyPoint } from './daily-series';
import { toDay, toEpochDay } from '../../shared/time/calendar-day';

function series(start: string, values: (number | null)[]): DailyPoint[] {
  const first = toEpochDay(start);
  return values.map((value, i) => ({ day: toDay(first + i), epochDay: first + i, value }));
}

function kindFor(start: string, end: string, maxPoints: number): string {
  return chooseBucketKind(toEpochDay(start), toEpochDay(end), maxPoints);
}

describe('chooseBucketKind', () => {
  it('keeps days while they fit, then weeks, months and years', () => {
    expect(kindFor('2026-02-09', '2026-03-10', 100)).toBe('day'); // 30 days
    // 2025: 365 days > 100. Mondays 30 Dec 2024 … 29 Dec 2025 are 364 days apart: 52 + 1 = 53 weeks.
    expect(bucketCount('week', toEpochDay('2025-01-01'), toEpochDay('2025-12-31'))).toBe(53);
    expect(kindFor('2025-01-01', '2025-12-31', 100)).toBe('week');
    expect(kindFor('2025-01-01', '2025-12-31', 52)).toBe('month'); // 53 weeks > 52; 12 months fit
    // 2016–2025: 10 × 12 = 120 months > 100, so 10 years.
    expect(kindFor('2016-01-01', '2025-12-31', 100)).toBe('year');
  });

  it('counts the weeks a range touches, not its length in weeks', () => {
    // Wed 31 Dec 2025 – Tue 6 Jan 2026 is 7 days but touches ISO weeks 2026-W01 and 2026-W02.
    expect(kindFor('2025-12-31', '2026-01-06', 7)).toBe('day');
    expect(kindFor('2025-12-31', '2026-01-06', 6)).toBe('week');
    expect(bucketCount('week', toEpochDay('2025-12-31'), toEpochDay('2026-01-06'))).toBe(2);
  });

  it('treats a nonsense limit as one point', () => {
    expect(kindFor('2026-01-01', '2026-01-02', Number.NaN)).toBe('week');
    expect(kindFor('2026-01-01', '2026-01-02', 0)).toBe('week');
  });
});

describe('bucketSeries', () => {
  // Mon 28 Dec 2026 … Sun 10 Jan 2027: ISO week 2026-W53 (2026 starts on a Thursday), then 2027-W01.
  const fortnight = series('2026-12-28', [2, null, 4, 3, 5, null, 1, 4, null, null, 5, null, null, 2]);

  it('means ISO weeks across the year end, including week 53', () => {
    const [w53, w01] = bucketSeries(fortnight, 'week');
    // 28 Dec – 3 Jan: {2, 4, 3, 5, 1} → n 5, sum 15, mean 3.
    expect(w53).toEqual({
      key: '2026-W53',
      label: 'Week of 28 Dec 2026',
      start: '2026-12-28',
      end: '2027-01-03',
      days: 7,
      n: 5,
      mean: 3,
      min: 1,
      max: 5,
    });
    // 4–10 Jan: {4, 5, 2} → n 3, sum 11, mean 11 / 3 = 3.67.
    expect(w01?.key).toBe('2027-W01');
    expect(w01?.n).toBe(3);
    expect(w01?.mean).toBeCloseTo(11 / 3, 10);
    expect([w01?.min, w01?.max]).toEqual([2, 5]);
  });

  it('splits calendar months at the year end, clipped to the series', () => {
    const [december, january] = bucketSeries(fortnight, 'month');
    // 28–31 Dec: {2, 4, 3} → mean 9 / 3 = 3 over 4 days.
    expect(december).toEqual({
      key: '2026-12', label: 'Dec 2026', start: '2026-12-28', end: '2026-12-31', days: 4, n: 3, mean: 3, min: 2, max: 4,
    });
    // 1–10 Jan: {5, 1, 4, 5, 2} → mean 17 / 5 = 3.4 over 10 days.
    expect(january).toEqual({
      key: '2027-01', label: 'Jan 2027', start: '2027-01-01', end: '2027-01-10', days: 10, n: 5, mean: 3.4, min: 1, max: 5,
    });
  });

  it('clips a week the range cuts and keeps empty buckets as gaps', () => {
    // Wed 31 Dec 2025 – Tue 13 Jan 2026: 2026-W01 from Wednesday, all of W02, W03 cut to Monday–Tuesday.
    const buckets = bucketSeries(series('2025-12-31', [3, 5, ...Array<null>(12).fill(null)]), 'week');
    expect(buckets.map((b) => [b.key, b.start, b.end, b.days, b.n, b.mean])).toEqual([
      ['2026-W01', '2025-12-31', '2026-01-04', 5, 2, 4],
      ['2026-W02', '2026-01-05', '2026-01-11', 7, 0, null],
      ['2026-W03', '2026-01-12', '2026-01-13', 2, 0, null],
    ]);
  });

  it('groups years', () => {
    const buckets = bucketSeries(series('2025-12-30', [1, 2, 4, 5]), 'year');
    // 2025: {1, 2} → 1.5; 2026: {4, 5} → 4.5
    expect(buckets.map((b) => [b.key, b.mean])).toEqual([['2025', 1.5], ['2026', 4.5]]);
  });
});

describe('aggregate', () => {
  it('never returns more buckets than points allowed', () => {
    const twoYears = series('2024-01-01', Array<number>(731).fill(3));
    for (const maxPoints of [1000, 731, 730, 105, 104, 25, 24, 2]) {
      const { kind, buckets } = aggregate(twoYears, maxPoints);
      expect(buckets.length).withContext(`${maxPoints} → ${kind}`).toBeLessThanOrEqual(maxPoints);
    }
    // 731 days (2024 is a leap year) fit 731 points as days; 24 months fit 24.
    expect(aggregate(twoYears, 731).kind).toBe('day');
    expect(aggregate(twoYears, 24).kind).toBe('month');
  });

  it('is empty for an empty series', () => {
    expect(aggregate([], 10)).toEqual({ kind: 'day', buckets: [] });
  });
});
