import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, map, of, switchMap, take } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { errorMessage } from '../../shared/async-status';
import { CheckInRepository } from '../data/check-in-repository';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';
import { createCheckIn, updateCheckIn } from '../domain/check-in-factory';
import { CheckInPageActions } from './check-in-page.actions';
import { checkInFeature } from './check-in.feature';
import { CheckInsDbActions } from './check-ins-db.actions';

/** Saves the check-in form. Registered by the check-in pages, so Today loads none of the form's rules. */
@Injectable()
export class CheckInSaveEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly clock = inject(Clock);
  private readonly checkIns = inject(CheckInRepository);

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInPageActions.formSubmitted),
      // The saved day is read when its turn comes, so a second quick save edits the first.
      concatMap(({ day, draft, newTags }) =>
        this.store.select(checkInFeature.selectCheckInEntities).pipe(
          take(1),
          switchMap((byDay) => this.save(byDay[day], day, draft, newTags)),
          map((checkIn) => CheckInsDbActions.saveSucceeded({ checkIn, newTags })),
          catchError((error: unknown) => of(CheckInsDbActions.saveFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  private async save(existing: CheckIn | undefined, day: string, draft: CheckInDraft, newTags: Tag[]): Promise<CheckIn> {
    const now = this.clock.now();
    // The page checks the draft first; this second check keeps bad input out of the database.
    const result = existing ? updateCheckIn(existing, draft, now) : createCheckIn(draft, { now, zone: this.clock.zone(), day });
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join(' '));
    await this.checkIns.saveWithNewTags(result.value, newTags);
    return result.value;
  }
}
