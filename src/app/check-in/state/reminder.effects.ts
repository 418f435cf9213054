import { inject, Injectable, Injector } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, distinctUntilChanged, filter, from, of, pairwise, switchMap } from 'rxjs';
import { checkInFeature } from './check-in.feature';

@Injectable()
export class ReminderEffects {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);

  /**
   * Notifies when the reminder becomes due while Tend is open. Opening Tend after the time has
   * passed shows the reminder in the app only: a notification about the app in front of you is noise.
   * The notification code loads when one is due, not with the first screen.
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
            import('../data/system-notifications').then(({ SystemNotifications }) =>
              this.injector
                .get(SystemNotifications)
                .show(
                  $localize`:@@checkIn.notificationTitle:Time for your check-in`,
                  $localize`:@@checkIn.notificationBody:Three taps: mood, energy, stress.`,
                  '/check-in',
                ),
            ),
          ).pipe(catchError(() => of(undefined))),
        ),
      ),
    { dispatch: false },
  );
}
