import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CheckInClockEffects } from './check-in-clock.effects';
import { CheckInEffects } from './check-in.effects';
import { checkInFeature } from './check-in.feature';
import { CheckInsElsewhereEffects } from './check-ins-elsewhere.effects';
import { ReminderEffects } from './reminder.effects';

/**
 * The check-in state and the effects that read it (again when another tab writes), keep its
 * clock and send the reminder; the check-in pages add what they write
 * (`provideCheckInPagesState`). Safe to provide in more than one route: NgRx keeps one slice, and
 * runs each effects class once.
 */
export function provideCheckInState(): EnvironmentProviders[] {
  return [provideState(checkInFeature), provideEffects(CheckInEffects, CheckInsElsewhereEffects, ReminderEffects, CheckInClockEffects)];
}
