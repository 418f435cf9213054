import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { assessmentsFeature } from './assessments.feature';
import { AssessmentsEffects } from './assessments.effects';

/**
 * The assessments' state and effects, for the /assess routes and any route that shows their
 * selectors (Today's "re-take due"). Registering it twice is harmless: NgRx keeps one slice
 * and runs one instance of the effects.
 */
export function provideAssessmentsState(): EnvironmentProviders[] {
  return [provideState(assessmentsFeature), provideEffects(AssessmentsEffects)];
}
