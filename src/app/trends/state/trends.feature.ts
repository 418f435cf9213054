import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import {
  selectAllCheckIns,
  selectCheckInsLoaded,
  selectCheckInsRecentSince,
  selectCheckInTags,
  selectCheckInToday,
  selectRecentCheckInsLoaded,
  SHIFT_LABELS,
  ShiftType,
  Tag,
} from '../../check-in';
import {
  buildTrendSeries,
  CheckInMetric,
  firstDayRead,
  meansByShift,
  meansByTag,
  rangePhrase,
  rangeWindow,
  sleepMoodPattern,
  TrendRange,
} from '../domain';
import { checkInsInWindow } from './check-ins-in-window';
import { groupMeansView, sleepMoodView } from './insight-views';
import { trendChartView } from './trend-chart-view';
import { selectCheckInIndex } from './weekly-summary.selector';
import { TrendsPageActions } from './trends-page.actions';

export interface TrendsState {
  range: TrendRange;
  metric: CheckInMetric;
  /** CSS pixels of the check-in chart's plot area; null until the page has measured it. */
  plotWidth: number | null;
}

export const DEFAULT_RANGE: TrendRange = '30d';
export const DEFAULT_METRIC: CheckInMetric = 'mood';

export const initialTrendsState: TrendsState = { range: DEFAULT_RANGE, metric: DEFAULT_METRIC, plotWidth: null };

const UNKNOWN_TAG = $localize`:@@trends.unknownTag:A deleted tag`;

function tagNames(tags: readonly Tag[]): (id: string) => string {
  const byId = new Map(tags.map((tag) => [tag.id, tag.name]));
  return (id) => byId.get(id) ?? UNKNOWN_TAG;
}

export const trendsFeature = createFeature({
  name: 'trends',
  reducer: createReducer(
    initialTrendsState,
    on(TrendsPageActions.opened, (state, { range, metric }): TrendsState => ({ ...state, range, metric })),
    on(TrendsPageActions.rangeChosen, (state, { range }): TrendsState => ({ ...state, range })),
    on(TrendsPageActions.metricChosen, (state, { metric }): TrendsState => ({ ...state, metric })),
    on(TrendsPageActions.plotWidthMeasured, (state, { widthPx }): TrendsState => ({ ...state, plotWidth: widthPx })),
  ),
  extraSelectors: ({ selectRange, selectMetric, selectPlotWidth }) => {
    // Older check-ins still being read are check-ins too.
    const selectHasCheckIns = createSelector(selectAllCheckIns, selectCheckInsRecentSince, (checkIns, since) => checkIns.length > 0 || since !== null);
    /**
     * Whether the check-ins the chosen range reads are in: the recent weeks read first are enough
     * for 7 and 30 days, so Trends need not wait for ten years to draw a month.
     */
    const selectIsLoaded = createSelector(
      selectCheckInsLoaded,
      selectRecentCheckInsLoaded,
      selectCheckInsRecentSince,
      selectRange,
      selectCheckInToday,
      (all, recent, since, range, today) => {
        if (all) return true;
        const first = recent && since !== null && today ? firstDayRead(range, today) : null;
        return first !== null && first >= since!;
      },
    );
    const selectWindow = createSelector(selectRange, selectCheckInToday, selectCheckInIndex, (range, today, index) =>
      today ? rangeWindow(range, today, index.firstDay ?? undefined) : null,
    );
    const selectTrendSeries = createSelector(
      selectCheckInIndex,
      selectMetric,
      selectRange,
      selectCheckInToday,
      selectPlotWidth,
      (index, metric, range, today, widthPx) =>
        today && widthPx ? buildTrendSeries(index, { metric, range, today, widthPx }) : null,
    );
    /** The check-in list is sorted by day (the entity adapter's order), so a window is a slice. */
    const selectCheckInsInWindow = createSelector(selectAllCheckIns, selectWindow, (checkIns, window) =>
      window ? checkInsInWindow(checkIns, window) : [],
    );
    const selectShiftMeans = createSelector(selectCheckInsInWindow, selectWindow, (checkIns, window) =>
      window ? groupMeansView(meansByShift(checkIns, window), (shift: ShiftType) => SHIFT_LABELS[shift]) : null,
    );
    const selectTagMeans = createSelector(selectCheckInsInWindow, selectCheckInTags, selectWindow, (checkIns, tags, window) =>
      window ? groupMeansView(meansByTag(checkIns, window), tagNames(tags)) : null,
    );
    const selectSleepMood = createSelector(selectCheckInsInWindow, selectWindow, (checkIns, window) =>
      window ? sleepMoodView(sleepMoodPattern(checkIns, window)) : null,
    );
    return {
      /** "the last 30 days", "all time". */
      selectPeriod: createSelector(selectRange, rangePhrase),
      selectCheckInIndex,
      selectHasCheckIns,
      selectWindow,
      selectTrendSeries,
      selectTrendChart: createSelector(selectTrendSeries, (series) => (series ? trendChartView(series) : null)),
      selectShiftMeans,
      selectTagMeans,
      selectSleepMood,
      selectIsLoaded,
    };
  },
});
