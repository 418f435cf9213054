import { InjectionToken } from '@angular/core';
import { createSelector } from '@ngrx/store';
import { selectAssessmentResults, selectAssessmentsLoaded } from '../../assessments';
import { selectCheckInToday } from '../../check-in';
import { ChartView } from './chart-view';
import { scaleChartView } from './scale-chart-view';
import { scaleHistories } from './scale-histories';
import { trendsFeature } from './trends.feature';

/** The assessments' scoring: every instrument's definition, so most of the assessments' code. */
export type AssessmentScoring = typeof import('../../assessments/scoring');

/**
 * Fetches the scoring when Trends asks for it, after its first charts: Trends opens on the
 * check-in chart, and the instruments would hold it up (Today does not load them).
 */
export const LOAD_ASSESSMENT_SCORING = new InjectionToken<() => Promise<AssessmentScoring>>('LOAD_ASSESSMENT_SCORING', {
  providedIn: 'root',
  factory: () => () => import('../../assessments/scoring'),
});

const selectors = new WeakMap<AssessmentScoring, ReturnType<typeof createAssessmentChartsSelector>>();

/**
 * One chart per scale over the chosen range, or null while results cannot be read. Scores are
 * recomputed from the stored answers; one selector per scoring module, so they stay memoized.
 */
export function selectAssessmentCharts(scoring: AssessmentScoring) {
  let selector = selectors.get(scoring);
  if (!selector) selectors.set(scoring, (selector = createAssessmentChartsSelector(scoring)));
  return selector;
}

function createAssessmentChartsSelector({ findInstrument, scoreInstrument }: AssessmentScoring) {
  const selectScaleHistories = createSelector(selectAssessmentResults, selectAssessmentsLoaded, (results, loaded) =>
    loaded ? scaleHistories(results, findInstrument, scoreInstrument) : null,
  );
  return createSelector(
    selectScaleHistories,
    trendsFeature.selectRange,
    selectCheckInToday,
    (histories, range, today): readonly ChartView[] | null =>
      histories && today ? histories.map((history) => scaleChartView(history, range, today)) : null,
  );
}
