import { clearTranslations, loadTranslations } from '@angular/localize';
import { buildTrendSeries, indexCheckIns } from '../domain';
import { tickLabel, trendChartView } from './trend-chart-view';

describe('tickLabel', () => {
  const cases: [string, Parameters<typeof tickLabel>, string][] = [
    ['a day', ['Wed 4 Mar 2026', 'day', false], '4 Mar'],
    ['a day in a range across a new year', ['Wed 31 Dec 2025', 'day', true], '31 Dec 2025'],
    ['a week', ['Week of 29 Dec 2025', 'week', false], '29 Dec'],
    ['a month', ['Jan 2026', 'month', false], 'Jan 2026'],
    ['a year', ['2026', 'year', true], '2026'],
  ];
  cases.forEach(([what, args, expected]) =>
    it(`shortens ${what}`, () => {
      expect(tickLabel(...args)).toBe(expected);
    }),
  );
});

describe('trendChartView', () => {
  afterEach(() => clearTranslations());

  it('titles the chart with a translatable message, "over" included', () => {
    const series = buildTrendSeries(indexCheckIns([]), { metric: 'mood', range: '7d', today: '2026-03-31', widthPx: 300 });
    expect(trendChartView(series).title).toBe('Mood over the last 7 days');
    loadTranslations({ 'trends.checkIns.title': '{$measure} — {$period}' });
    expect(trendChartView(series).title).toBe('Mood — the last 7 days');
  });
});
