import { EnvironmentProviders } from '@angular/core';
import { provideState } from '@ngrx/store';
import { provideCheckInState } from '../../check-in';
import { trendsFeature } from './trends.feature';

/**
 * The trends slice and the check-in state it reads. No chart code: Today can provide this for
 * the weekly summary without loading chart.js. Safe to provide in more than one route.
 */
export function provideTrendsState(): EnvironmentProviders[] {
  return [provideState(trendsFeature), ...provideCheckInState()];
}
