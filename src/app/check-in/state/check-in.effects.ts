import { inject, Injectable, InjectionToken } from '@angular/core';
import { Actions, createEffect, OnInitEffects, ofType } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import { catchError, defer, exhaustMap, filter, map, Observable, of, race, switchMap, take, timer } from 'rxjs';
import { whenIdle } from '../../shared/scheduling/when-idle';
import { Clock } from '../../core/clock/clock';
import { errorMessage } from '../../shared/async-status';
import { CheckInPreferencesRepository } from '../data/check-in-preferences-repository';
import { CheckInRepository } from '../data/check-in-repository';
import { TagRepository } from '../data/tag-repository';
import { firstReadDay } from '../domain/recent-days';
import { checkInFeature } from './check-in.feature';
import { CheckInsDbActions } from './check-ins-db.actions';

/**
 * How long after the recent weeks arrive the years before them are read, when no page asked for
 * them sooner: after Today has drawn and the first taps on it (a check-in) have been answered.
 */
export const OLDER_CHECK_INS_DELAY_MS = new InjectionToken<number>('OlderCheckInsDelayMs', { providedIn: 'root', factory: () => 1000 });
/** Read anyway after this long, even if the browser never reports itself idle. */
const IDLE_TIMEOUT_MS = 2000;

@Injectable()
export class CheckInEffects implements OnInitEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly clock = inject(Clock);
  private readonly checkIns = inject(CheckInRepository);
  private readonly tags = inject(TagRepository);
  private readonly preferences = inject(CheckInPreferencesRepository);
  private readonly olderDelayMs = inject(OLDER_CHECK_INS_DELAY_MS);

  ngrxOnInitEffects(): Action {
    return CheckInsDbActions.loadRequested();
  }

  /** Today's weeks first: on this project's 2-core machines ten years of check-ins take 150 ms more. */
  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInsDbActions.loadRequested),
      exhaustMap(() => {
        const since = firstReadDay(this.clock.now());
        return defer(() => Promise.all([this.checkIns.since(since), this.checkIns.hasBefore(since), this.tags.getAll(), this.preferences.load()])).pipe(
          map(([checkIns, olderStored, tags, preferences]) =>
            CheckInsDbActions.recentLoaded({ since, checkIns, olderStored, tags, preferences }),
          ),
          catchError((error: unknown) => of(CheckInsDbActions.loadFailed({ error: errorMessage(error) }))),
        );
      }),
    ),
  );

  /** The years before: at once for a page that shows them, otherwise once the app is quiet. */
  readonly loadOlder$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInsDbActions.recentLoaded),
      filter(({ olderStored }) => olderStored),
      exhaustMap(({ since }) =>
        race(this.store.select(checkInFeature.selectOlderNeeded).pipe(filter(Boolean)), this.quiet()).pipe(
          take(1),
          switchMap(() => this.checkIns.before(since)),
          map((checkIns) => CheckInsDbActions.olderLoaded({ checkIns })),
          catchError((error: unknown) => of(CheckInsDbActions.loadFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  private quiet(): Observable<unknown> {
    return timer(this.olderDelayMs).pipe(
      switchMap(() => new Observable<void>((subscriber) => whenIdle(() => subscriber.next(), IDLE_TIMEOUT_MS))),
    );
  }
}
