import { weeklySums } from '../domain';
import { trendsRootState } from '../testing/trends-root-state';
import { practiceChartView, selectPracticeChart } from './practice-minutes';

describe('practice minutes', () => {
  const window = { start: '2026-03-02', end: '2026-03-15' };

  it('are not tracked yet, so the page shows its empty state', () => {
    expect(selectPracticeChart(trendsRootState())).toBeNull();
  });

  it('become a weekly chart with a table of the same totals once sessions exist', () => {
    const weeks = weeklySums(
      [
        { day: '2026-03-03', amount: 10 },
        { day: '2026-03-04', amount: 5 },
        { day: '2026-03-12', amount: 20 },
      ],
      window,
    );
    const view = practiceChartView(weeks, '30d', window)!;
    expect(view.series[0].values).toEqual([15, 20]);
    expect(view.table.rows).toEqual([
      ['Week of 2 Mar 2026', '2', '15'],
      ['Week of 9 Mar 2026', '1', '20'],
    ]);
    expect(view.tickLabels).toEqual(['2 Mar', '9 Mar']);
    expect(view.summary).toContain('35 minutes in 3 sessions');
  });

  it('stay an empty state for a range without a session', () => {
    expect(practiceChartView(weeklySums([], window), '30d', window)).toBeNull();
  });
});
