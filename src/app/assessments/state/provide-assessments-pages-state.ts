import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { AssessmentsEffects } from './assessments.effects';
import { provideAssessmentsState } from './provide-assessments-state';

/**
 * The state with what the /assess pages write (answers, results, preferences). A file of its own:
 * Today imports provideAssessmentsState, and this would bring the instruments and scoring with it.
 */
export function provideAssessmentsPagesState(): EnvironmentProviders[] {
  return [...provideAssessmentsState(), provideEffects(AssessmentsEffects)];
}
