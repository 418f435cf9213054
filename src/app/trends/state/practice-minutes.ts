import { createSelector } from '@ngrx/store';
import { DatedAmount, DayWindow, rangePhrase, TrendRange, weeklySums, WeekSum } from '../domain';
import { ChartView } from './chart-view';
import { trendsFeature } from './trends.feature';

/**
 * Completed practice minutes by local day: `null` ("not recorded") while the practice feature
 * stores no sessions, and the page then says so. A selector from `src/app/practice/index.ts`
 * mapping stored sessions to `{ day, amount: minutes }` takes its place.
 */
export const selectPracticeMinutesByDay = (): readonly DatedAmount[] | null => null;

/**
 * Credit per license cycle. Credit records and license cycles do not exist yet: `null` until
 * the credit feature exports them (then `sumWithin(credits, cycle)` per cycle).
 */
export const selectCreditByCycle = (): null => null;

/** Minutes per ISO week of the range as a chart; null while practices are not tracked or none were done. */
export function practiceChartView(weeks: readonly WeekSum[], range: TrendRange, window: DayWindow): ChartView | null {
  const sessions = weeks.reduce((n, week) => n + week.n, 0);
  if (sessions === 0) return null;
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  const period = rangePhrase(range);
  const label = $localize`:@@trends.practice.series:Minutes of practice`;
  return {
    id: 'practice',
    fileName: `tend-practice-${range}-${window.end}`,
    title: $localize`:@@trends.practice.title:Practice minutes per week over ${period}:period:`,
    xTitle: $localize`:@@trends.axis.week:Week (starting Monday)`,
    yTitle: $localize`:@@trends.practice.axis:Practice (minutes)`,
    labels: weeks.map((w) => w.label),
    tickLabels: weeks.map((w) => w.label.replace(/^Week of (\d{1,2} \S+) \d{4}$/, '$1')),
    x: null,
    xRange: null,
    series: [{ label, style: 'points', values: weeks.map((w) => w.total) }],
    y: { min: 0, max: null, step: null },
    unit: $localize`:@@trends.practice.unit:minutes`,
    bands: [],
    cutOffs: [],
    summary: $localize`:@@trends.practice.summary:Practice over ${period}:period:: ${total}:total: minutes in ${sessions}:sessions: sessions, from ${window.start}:start: to ${window.end}:end:.`,
    table: {
      caption: $localize`:@@trends.practice.caption:Practice minutes per week over ${period}:period:`,
      columns: [$localize`:@@trends.table.week:Week`, $localize`:@@trends.practice.sessions:Sessions`, label],
      rows: weeks.map((w) => [w.label, String(w.n), String(w.total)]),
    },
  };
}

export const selectPracticeChart = createSelector(
  selectPracticeMinutesByDay,
  trendsFeature.selectRange,
  trendsFeature.selectWindow,
  (entries, range, window) => (entries && window ? practiceChartView(weeklySums(entries, window), range, window) : null),
);
