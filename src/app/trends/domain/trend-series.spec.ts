import { aCheckIn } from './check-in-fixture';
import { indexCheckIns } from './check-in-index';
import { Rating } from '../../check-in/domain';
import { buildTrendSeries } from './trend-series';

function moods(entries: [string, Rating][]) {
  return indexCheckIns(entries.map(([day, mood]) => aCheckIn(day, { mood })));
}

describe('buildTrendSeries', () => {
  // Tuesday 10 March 2026. The 7-day window is Wed 4 – Tue 10 March; 26 Feb – 3 Mar lead in.
  const index = moods([
    ['2026-02-27', 2],
    ['2026-03-01', 3],
    ['2026-03-02', 4],
    ['2026-03-04', 5],
    ['2026-03-05', 3],
    ['2026-03-07', 4],
    ['2026-03-08', 2],
    ['2026-03-10', 4],
  ]);

  it('draws days with a 7-day rolling mean fed by the days before the window', () => {
    const trend = buildTrendSeries(index, { metric: 'mood', range: '7d', today: '2026-03-10', widthPx: 320 });
    expect(trend.window).toEqual({ start: '2026-03-04', end: '2026-03-10' });
    expect(trend.bucket).toBe('day');
    expect(trend.points.map((p) => p.mean)).toEqual([5, 3, null, 4, 2, null, 4]);
    expect(trend.rolling).toEqual([
      3.5, // 26 Feb – 4 Mar: {2, 3, 4, 5} = 14 / 4
      3.4, // 27 Feb – 5 Mar: {2, 3, 4, 5, 3} = 17 / 5
      3.8, // 28 Feb – 6 Mar: {3, 4, 5, 3} = 15 / 4 = 3.75 → 3.8
      3.8, // 1–7 Mar: {3, 4, 5, 3, 4} = 19 / 5
      3.6, // 2–8 Mar: {4, 5, 3, 4, 2} = 18 / 5
      3.5, // 3–9 Mar: {5, 3, 4, 2} = 14 / 4
      3.6, // 4–10 Mar: {5, 3, 4, 2, 4} = 18 / 5
    ]);
    // Window values {5, 3, 4, 2, 4}: 18 / 5 = 3.6; five values are too few for the thirds rule.
    expect(trend.summary).toBe(
      'Mood over the last 7 days: 5 check-ins, average 3.6, lowest 2, highest 5; too few to show a trend.',
    );
    expect(trend.table.caption).toBe('Mood over the last 7 days, by day');
    expect(trend.table.columns).toEqual(['Day', 'Mood', '7-day average']);
    expect(trend.table.rows[0]).toEqual(['Wed 4 Mar 2026', '5', '3.5']);
    expect(trend.table.rows[2]).toEqual(['Fri 6 Mar 2026', '—', '3.8']);
  });

  it('switches to weeks when the plot is too narrow for days', () => {
    const weeks = moods([
      ['2026-02-09', 3],
      ['2026-02-10', 4],
      ['2026-02-12', 4],
      ['2026-03-10', 5],
    ]);
    // 20 px / 2 px per point = 10 points < 30 days. Mondays 9 Feb … 9 Mar: 28 / 7 + 1 = 5 weeks.
    const trend = buildTrendSeries(weeks, { metric: 'mood', range: '30d', today: '2026-03-10', widthPx: 20 });
    expect(trend.bucket).toBe('week');
    expect(trend.rolling).toBeNull();
    expect(trend.points.length).toBe(5);
    // Week of 9 Feb: {3, 4, 4} = 11 / 3 = 3.67 → 3.7.
    expect(trend.points[0]).toEqual({
      key: '2026-W07', label: 'Week of 9 Feb 2026', start: '2026-02-09', end: '2026-02-15', n: 3, mean: 3.7, min: 3, max: 4,
    });
    expect(trend.points[4]).toEqual(jasmine.objectContaining({ start: '2026-03-09', end: '2026-03-10', n: 1, mean: 5 }));
    expect(trend.table.columns).toEqual(['Week', 'Check-ins', 'Average', 'Lowest', 'Highest']);
    expect(trend.table.rows[0]).toEqual(['Week of 9 Feb 2026', '3', '3.7', '3', '4']);
    expect(trend.table.rows[1]).toEqual(['Week of 16 Feb 2026', '0', '—', '—', '—']);
  });

  it('starts "all" at the first check-in and falls back to years when months do not fit', () => {
    const decade = moods([
      ['2016-06-01', 2],
      ['2026-03-10', 4],
    ]);
    // 100 px → 50 points; June 2016 … March 2026 is 7 + 12 × 9 + 3 = 118 months, so 11 years.
    const trend = buildTrendSeries(decade, { metric: 'mood', range: 'all', today: '2026-03-10', widthPx: 100 });
    expect(trend.window.start).toBe('2016-06-01');
    expect(trend.bucket).toBe('year');
    expect(trend.points.length).toBe(11);
  });

  it('labels units and handles a user with no check-ins', () => {
    const sleep = buildTrendSeries(indexCheckIns([aCheckIn('2026-03-10', { sleepHours: 6.5 })]), {
      metric: 'sleepHours', range: '30d', today: '2026-03-10', widthPx: 320,
    });
    expect(sleep.table.columns[1]).toBe('Sleep (hours)');
    expect(sleep.summary).toBe('Sleep over the last 30 days: 1 check-in, 6.5 hours; too few to show a trend.');

    const empty = buildTrendSeries(indexCheckIns([]), { metric: 'mood', range: 'all', today: '2026-03-10', widthPx: 320 });
    expect(empty.points.map((p) => p.mean)).toEqual([null]);
    expect(empty.summary).toBe('Mood over all time: no check-ins.');
  });

  it('leaves out metrics a check-in did not record', () => {
    const imported = indexCheckIns([aCheckIn('2026-03-10', { energy: null })]);
    const trend = buildTrendSeries(imported, { metric: 'energy', range: '7d', today: '2026-03-10', widthPx: 320 });
    expect(trend.points.every((p) => p.mean === null)).toBeTrue();
  });
});
