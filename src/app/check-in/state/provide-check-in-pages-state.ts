import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CheckInDraftEffects } from './check-in-draft.effects';
import { checkInFormFeature } from './check-in-form.feature';
import { CheckInSaveEffects } from './check-in-save.effects';
import { provideCheckInState } from './provide-check-in-state';
import { ReminderSaveEffects } from './reminder-save.effects';
import { TagEffects } from './tag.effects';

/**
 * The state with what the check-in pages write (check-ins, tags, the form's draft, the reminder) and the form's
 * own slice. A file of its own: Today imports provideCheckInState, and this would bring the form's
 * rules with it.
 */
export function provideCheckInPagesState(): EnvironmentProviders[] {
  return [...provideCheckInState(), provideState(checkInFormFeature), provideEffects(CheckInSaveEffects, CheckInDraftEffects, TagEffects, ReminderSaveEffects)];
}
