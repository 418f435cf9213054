import { CheckIn } from '../../check-in';
import { aCheckIn } from '../domain/check-in-fixture';
import { trendsRootState } from '../testing/trends-root-state';
import { TrendsPageActions } from './trends-page.actions';
import { initialTrendsState, trendsFeature } from './trends.feature';
import { selectWeeklySummary } from './weekly-summary.selector';

const TODAY = '2026-03-31';

/** `count` days ending today, oldest first, each changed by `change(i)`. */
function days(count: number, change: (i: number) => Partial<CheckIn> = () => ({})): CheckIn[] {
  const end = Date.UTC(2026, 2, 31);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return aCheckIn(day, change(i));
  });
}

describe('trendsFeature', () => {
  const { reducer } = trendsFeature;

  it('keeps the range, metric and plot width the page chose', () => {
    let state = reducer(undefined, TrendsPageActions.opened({ range: '90d', metric: 'stress' }));
    expect(state).toEqual({ ...initialTrendsState, range: '90d', metric: 'stress' });
    state = reducer(state, TrendsPageActions.rangeChosen({ range: 'all' }));
    state = reducer(state, TrendsPageActions.metricChosen({ metric: 'sleepHours' }));
    state = reducer(state, TrendsPageActions.plotWidthMeasured({ widthPx: 300 }));
    expect(state).toEqual({ range: 'all', metric: 'sleepHours', plotWidth: 300 });
  });

  describe('selectors', () => {
    it('draws a short range from the recent weeks read first, and waits for the rest for a longer one', () => {
      // Today's first read began on 17 February (six weeks before 31 March), older check-ins pending.
      const partial = (range: '7d' | '30d' | '90d' | 'all') =>
        trendsRootState({ checkIns: days(42), today: TODAY, recentSince: '2026-02-17', trends: { range } });
      expect(trendsFeature.selectIsLoaded(partial('7d'))).toBeTrue();
      expect(trendsFeature.selectIsLoaded(partial('30d'))).toBeTrue();
      expect(trendsFeature.selectIsLoaded(partial('90d'))).toBeFalse();
      expect(trendsFeature.selectIsLoaded(partial('all'))).toBeFalse();
      expect(trendsFeature.selectIsLoaded(trendsRootState({ checkIns: days(42), today: TODAY, trends: { range: 'all' } }))).toBeTrue();
      expect(trendsFeature.selectIsLoaded(trendsRootState({ today: TODAY, loaded: false }))).toBeFalse();
      // No check-in in the recent weeks, but older ones stored: not the empty state.
      expect(trendsFeature.selectHasCheckIns(trendsRootState({ today: TODAY, recentSince: '2026-02-17' }))).toBeTrue();
      expect(trendsFeature.selectHasCheckIns(trendsRootState({ today: TODAY }))).toBeFalse();
    });

    it('draws nothing until the plot has been measured', () => {
      const state = trendsRootState({ checkIns: days(10), today: TODAY });
      expect(trendsFeature.selectTrendSeries(state)).toBeNull();
      expect(trendsFeature.selectTrendChart(state)).toBeNull();
    });

    it('gives the chosen metric over the chosen range, with a 7-day rolling mean and a table of the same numbers', () => {
      const checkIns = days(30, (i) => ({ mood: ((i % 5) + 1) as CheckIn['mood'] }));
      const state = trendsRootState({ checkIns, today: TODAY, trends: { range: '7d', metric: 'mood', plotWidth: 320 } });
      const chart = trendsFeature.selectTrendChart(state)!;
      expect(chart.labels.length).toBe(7);
      expect(chart.labels[6]).toBe('Tue 31 Mar 2026');
      expect(chart.tickLabels[6]).toBe('31 Mar');
      expect(chart.series[0].values).toEqual([4, 5, 1, 2, 3, 4, 5]);
      expect(chart.series[1].label).toBe('7-day average');
      expect(chart.series[1].style).toBe('dashed');
      expect(chart.series[1].values[6]).toBe(3.4);
      expect(chart.y).toEqual({ min: 1, max: 5, step: 1 });
      expect(chart.yTitle).toBe('Mood (rating 1–5)');
      expect(chart.table.rows.map((row) => row[1])).toEqual(chart.series[0].values.map(String));
      expect(chart.table.rows[6][2]).toBe('3.4');
      expect(chart.summary).toContain('Mood over the last 7 days: 7 check-ins');
      expect(chart.fileName).toBe('tend-mood-7d-2026-03-31');
    });

    it('aggregates a long range to weeks on a narrow chart, and to days on a wide one', () => {
      const checkIns = days(365, (i) => ({ sleepHours: 6 + (i % 3) }));
      const narrow = trendsRootState({ checkIns, today: TODAY, trends: { range: '365d', metric: 'sleepHours', plotWidth: 300 } });
      const series = trendsFeature.selectTrendSeries(narrow)!;
      expect(series.bucket).toBe('week');
      expect(series.points.length).toBeLessThanOrEqual(150);
      const chart = trendsFeature.selectTrendChart(narrow)!;
      expect(chart.series.length).toBe(1);
      expect(chart.series[0].label).toBe('Weekly average');
      expect(chart.xTitle).toBe('Week (starting Monday)');
      expect(chart.yTitle).toBe('Sleep (hours)');
      expect(chart.unit).toBe('hours');
      expect(chart.y.min).toBe(0);

      const wide = trendsRootState({ checkIns, today: TODAY, trends: { range: '365d', metric: 'sleepHours', plotWidth: 900 } });
      expect(trendsFeature.selectTrendSeries(wide)!.bucket).toBe('day');
    });

    it('recomputes the series only when its inputs change', () => {
      const state = trendsRootState({ checkIns: days(30), today: TODAY, trends: { plotWidth: 320 } });
      const first = trendsFeature.selectTrendSeries(state);
      expect(trendsFeature.selectTrendSeries({ ...state, trends: { ...state.trends } })).toBe(first);
      expect(trendsFeature.selectTrendSeries({ ...state, trends: { ...state.trends, range: '90d' } })).not.toBe(first);
    });

    it('averages mood, energy and stress by shift with n, and names shifts with fewer than 5 days instead', () => {
      const checkIns = days(12, (i) => ({
        shift: i < 9 ? 'night' : 'off',
        mood: i < 9 ? 2 : 4,
        stress: i < 9 ? 4 : 1,
        energy: i === 0 ? null : 3,
      }));
      const means = trendsFeature.selectShiftMeans(trendsRootState({ checkIns, today: TODAY }))!;
      expect(means.rows).toEqual([{ key: 'night', label: 'Night shift', n: 9, cells: ['2', '3 (n = 8)', '4'] }]);
      expect(means.hidden).toEqual([{ key: 'off', label: 'Day off', n: 3 }]);
    });

    it('averages by tag with the tag names, within the chosen range only', () => {
      const checkIns = days(40, (i) => ({ tagIds: i < 10 ? ['old'] : ['icu'], mood: i < 10 ? 1 : 5 }));
      const tags = [
        { id: 'icu', name: 'ICU', archived: false },
        { id: 'old', name: 'Clinic', archived: true },
      ];
      const means = trendsFeature.selectTagMeans(trendsRootState({ checkIns, tags, today: TODAY, trends: { range: '30d' } }))!;
      expect(means.rows.map((row) => [row.label, row.n, row.cells[0]])).toEqual([['ICU', 30, '5']]);
      expect(means.hidden).toEqual([]);
      const all = trendsFeature.selectTagMeans(trendsRootState({ checkIns, tags, today: TODAY, trends: { range: 'all' } }))!;
      expect(all.rows.map((row) => row.label)).toEqual(['ICU', 'Clinic']);
    });

    it('relates sleep to the next day’s mood only from 14 pairs, with ρ, n and words', () => {
      const few = days(10, (i) => ({ sleepHours: 5 + i, mood: 3 }));
      const tooFew = trendsFeature.selectSleepMood(trendsRootState({ checkIns: few, today: TODAY }))!;
      expect(tooFew.rho).toBeNull();
      expect(tooFew.n).toBe(9);
      expect(tooFew.reading).toContain('needs 14 pairs');

      // Mood tomorrow rises with sleep tonight: a perfect rank correlation over 19 pairs.
      const paired = days(20, (i) => ({ sleepHours: 4 + i * 0.5, mood: Math.min(5, 1 + Math.floor(i / 4)) as CheckIn['mood'] }));
      const pattern = trendsFeature.selectSleepMood(trendsRootState({ checkIns: paired, today: TODAY }))!;
      expect(pattern.n).toBe(19);
      expect(Number(pattern.rho)).toBeGreaterThan(0.9);
      expect(pattern.reading).toContain('higher');
      expect(pattern.reading).toContain('not a cause');
    });

    it('summarises this week against the previous four for Today, once loaded', () => {
      const checkIns = days(35, (i) => ({ mood: i >= 33 ? 5 : 3 }));
      expect(selectWeeklySummary(trendsRootState({ checkIns, today: TODAY, loaded: false }))).toBeNull();
      const summary = selectWeeklySummary(trendsRootState({ checkIns, today: TODAY }))!;
      expect(summary.metric).toBe('mood');
      expect(summary.thisWeek.n).toBe(2);
      expect(summary.comparison).toBe('higher');
      expect(summary.sentence).toContain('Mood this week: Great (5 of 5), average of 2 check-ins');
    });
  });
});
