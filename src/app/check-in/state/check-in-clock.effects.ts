import { inject, Injectable, InjectionToken } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { combineLatest, distinctUntilChanged, map, timer } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { settingsFeature } from '../../settings';
import { checkInDayFor } from '../domain/check-in-day';
import { isoDayOf, wallClockAt } from '../../shared/time/zoned-time';
import { CheckInClockActions } from './check-in-clock.actions';

/** How often the day and minute are read; under a minute so no reminder minute is missed. */
export const CHECK_IN_TICK_MS = new InjectionToken<number>('CheckInTickMs', { providedIn: 'root', factory: () => 20_000 });

/** Tells the state which check-in day and minute it is, so selectors need no clock of their own. */
@Injectable()
export class CheckInClockEffects {
  private readonly store = inject(Store);
  private readonly clock = inject(Clock);
  private readonly tickMs = inject(CHECK_IN_TICK_MS);

  readonly tick$ = createEffect(() =>
    combineLatest([timer(0, this.tickMs), this.store.select(settingsFeature.selectDayStartHour)]).pipe(
      map(([, dayStartHour]) => {
        const now = this.clock.now();
        const wall = wallClockAt(now.getTime(), this.clock.zone());
        return {
          today: checkInDayFor(now, this.clock.zone(), dayStartHour),
          minute: `${isoDayOf(wall)}T${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`,
        };
      }),
      distinctUntilChanged((a, b) => a.today === b.today && a.minute === b.minute),
      map((clock) => CheckInClockActions.ticked(clock)),
    ),
  );
}
