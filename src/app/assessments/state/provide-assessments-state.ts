import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AssessmentsLoadEffects } from './assessments-load.effects';
import { assessmentsFeature } from './assessments.feature';

/**
 * The assessments' state and its load, for any route that reads their selectors (Today's
 * "re-take due", Trends). Registering it twice is harmless: NgRx keeps one slice and runs one
 * instance of each effects class.
 */
export function provideAssessmentsState(): EnvironmentProviders[] {
  return [provideState(assessmentsFeature), provideEffects(AssessmentsLoadEffects)];
}
