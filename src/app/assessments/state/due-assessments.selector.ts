import { createSelector } from '@ngrx/store';
import { dueAssessments } from '../domain/retake-reminder';
import { assessmentsFeature } from './assessments.feature';

/**
 * Re-takes due on `today` (the user's local day, YYYY-MM-DD) or before, most overdue first.
 * Create it once per day shown: `store.selectSignal(selectDueAssessments(today))`.
 */
export function selectDueAssessments(today: string) {
  return createSelector(assessmentsFeature.selectPreferences, assessmentsFeature.selectLastTakenByInstrument, (preferences, lastTaken) =>
    dueAssessments(preferences.reminders, lastTaken, today),
  );
}
