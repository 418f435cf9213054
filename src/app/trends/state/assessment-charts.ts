import { createSelector } from '@ngrx/store';
import { findInstrument, scoreInstrument, selectAssessmentResults, selectAssessmentsLoaded } from '../../assessments';
import { selectCheckInToday } from '../../check-in';
import { ChartView } from './chart-view';
import { scaleChartView } from './scale-chart-view';
import { scaleHistories } from './scale-histories';
import { trendsFeature } from './trends.feature';

/** Every primary scale's scores, recomputed from stored answers; null until results have loaded. */
export const selectScaleHistories = createSelector(selectAssessmentResults, selectAssessmentsLoaded, (results, loaded) =>
  loaded ? scaleHistories(results, findInstrument, scoreInstrument) : null,
);

/** One chart per scale over the chosen range, or null while results cannot be read. */
export const selectAssessmentCharts = createSelector(
  selectScaleHistories,
  trendsFeature.selectRange,
  selectCheckInToday,
  (histories, range, today): readonly ChartView[] | null =>
    histories && today ? histories.map((history) => scaleChartView(history, range, today)) : null,
);
