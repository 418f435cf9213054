import { Provider } from '@angular/core';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { settingsFeature } from '../../../settings';
import { AssessmentDraft, AssessmentPreferences, DEFAULT_PREFERENCES, StoredAssessment } from '../../domain';
import { assessmentsFeature, AssessmentsState, initialAssessmentsState } from '../../state/assessments.feature';
import { AssessmentsDbActions } from '../../state/assessments-db.actions';
import { MATCH_MEDIA } from '../wide-screen';

/** The assessments state after loading these records and then these actions, as the reducer makes it. */
export function assessmentsState(
  loaded: { assessments?: StoredAssessment[]; drafts?: AssessmentDraft[]; preferences?: AssessmentPreferences; skipped?: number } | null,
  ...actions: Action[]
): AssessmentsState {
  const load = loaded
    ? [
        AssessmentsDbActions.loadSucceeded({
          assessments: loaded.assessments ?? [],
          drafts: loaded.drafts ?? [],
          preferences: loaded.preferences ?? DEFAULT_PREFERENCES,
          skipped: loaded.skipped ?? 0,
        }),
      ]
    : [];
  return [...load, ...actions].reduce((state, action) => assessmentsFeature.reducer(state, action), initialAssessmentsState);
}

/** A mock store holding that state, with the US crisis lines. Call `store.resetSelectors()` after each spec. */
export function provideAssessmentsMockStore(state: AssessmentsState): Provider[] {
  return provideMockStore({
    initialState: { assessments: state },
    selectors: [{ selector: settingsFeature.selectRegion, value: 'us' }],
  });
}

/** Makes `wideScreen()` answer as a phone (false) or a wide screen (true). */
export function provideScreen(wide: boolean): Provider {
  const query = { matches: wide, addEventListener: () => undefined, removeEventListener: () => undefined };
  return { provide: MATCH_MEDIA, useValue: () => query as unknown as MediaQueryList };
}

export const at = (minute: number) => `2025-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
