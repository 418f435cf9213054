import { createActionGroup, props } from '@ngrx/store';
import { CheckInMetric, TrendRange } from '../domain';

export const TrendsPageActions = createActionGroup({
  source: 'Trends Page',
  events: {
    /** The page opened, or its address changed, with the range and metric its query asks for. */
    Opened: props<{ range: TrendRange; metric: CheckInMetric }>(),
    'Range Chosen': props<{ range: TrendRange }>(),
    'Metric Chosen': props<{ metric: CheckInMetric }>(),
    /** The check-in chart's plot area was measured (first draw, then debounced resizes). */
    'Plot Width Measured': props<{ widthPx: number }>(),
  },
});
