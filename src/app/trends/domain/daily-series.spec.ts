import { aCheckIn } from './check-in-fixture';
import { indexCheckIns } from './check-in-index';
import { dailySeries, presentValues } from './daily-series';

describe('dailySeries', () => {
  const index = indexCheckIns([
    aCheckIn('2025-12-30', { mood: 2, sleepHours: 6.5 }),
    aCheckIn('2026-01-02', { mood: 4, sleepHours: 8 }),
  ]);

  it('gives one point per calendar day with honest gaps', () => {
    const series = dailySeries(index, 'mood', { start: '2025-12-29', end: '2026-01-03' });
    expect(series.map((p) => [p.day, p.value])).toEqual([
      ['2025-12-29', null],
      ['2025-12-30', 2],
      ['2025-12-31', null],
      ['2026-01-01', null],
      ['2026-01-02', 4],
      ['2026-01-03', null],
    ]);
    expect(presentValues(series)).toEqual([2, 4]);
  });

  it('reads the chosen metric', () => {
    const series = dailySeries(index, 'sleepHours', { start: '2025-12-30', end: '2025-12-30' });
    expect(series[0]?.value).toBe(6.5);
  });

  it('is all gaps for an empty index', () => {
    const series = dailySeries(indexCheckIns([]), 'mood', { start: '2026-01-01', end: '2026-01-03' });
    expect(series.map((p) => p.value)).toEqual([null, null, null]);
  });

  it('leaves a gap, never a zero, on a day whose check-in skipped the metric', () => {
    const moodOnly = indexCheckIns([
      aCheckIn('2026-01-01', { sleepHours: 7, hoursWorked: 12 }),
      aCheckIn('2026-01-02', { energy: null, stress: null, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null }),
    ]);
    const window = { start: '2026-01-01', end: '2026-01-02' };
    for (const metric of ['energy', 'stress', 'sleepHours', 'sleepQuality', 'hoursWorked'] as const) {
      expect(dailySeries(moodOnly, metric, window)[1].value).withContext(metric).toBeNull();
    }
    expect(presentValues(dailySeries(moodOnly, 'sleepHours', window))).toEqual([7]);
    expect(dailySeries(moodOnly, 'mood', window).map((p) => p.value)).toEqual([3, 3]);
  });
});
