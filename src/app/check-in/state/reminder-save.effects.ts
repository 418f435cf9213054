import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, from, map, of, switchMap } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { CheckInPreferencesRepository } from '../data/check-in-preferences-repository';
import { checkInFeature } from './check-in.feature';
import { PreferencesDbActions } from './preferences-db.actions';
import { ReminderPageActions } from './reminder-page.actions';

/** Stores the reminder and streak choices made on the reminder page. */
@Injectable()
export class ReminderSaveEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(CheckInPreferencesRepository);

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(ReminderPageActions.reminderChanged, ReminderPageActions.streakVisibilityChanged),
      concatLatestFrom(() => this.store.select(checkInFeature.selectPreferences)),
      switchMap(([, preferences]) =>
        from(this.repository.put(preferences)).pipe(
          map(() => PreferencesDbActions.saveSucceeded()),
          catchError((error: unknown) => of(PreferencesDbActions.saveFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );
}
