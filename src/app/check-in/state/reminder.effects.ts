import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, distinctUntilChanged, filter, from, map, of, pairwise, switchMap } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { CheckInPreferencesRepository } from '../data/check-in-preferences-repository';
import { SystemNotifications } from '../data/system-notifications';
import { checkInFeature } from './check-in.feature';
import { PreferencesDbActions } from './preferences-db.actions';
import { ReminderPageActions } from './reminder-page.actions';

@Injectable()
export class ReminderEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(CheckInPreferencesRepository);
  private readonly notifications = inject(SystemNotifications);

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

  /**
   * Notifies when the reminder becomes due while Tend is open. Opening Tend after the time has
   * passed shows the reminder in the app only: a notification about the app in front of you is noise.
   */
  readonly notify$ = createEffect(
    () =>
      this.store.select(checkInFeature.selectReminderDue).pipe(
        distinctUntilChanged(),
        pairwise(),
        filter(([before, now]) => !before && now),
        concatLatestFrom(() => this.store.select(checkInFeature.selectReminder)),
        filter(([, reminder]) => reminder.notify),
        switchMap(() =>
          from(
            this.notifications.show(
              $localize`:@@checkIn.notificationTitle:Time for your check-in`,
              $localize`:@@checkIn.notificationBody:Three taps: mood, energy, stress.`,
              '/check-in',
            ),
          ).pipe(catchError(() => of(undefined))),
        ),
      ),
    { dispatch: false },
  );
}
