import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, concatMap, defer, from, map, mergeMap, Observable, of } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { isRecordChanged } from '../../core/db/revision';
import { errorMessage } from '../../shared/async-status';
import { CheckInFormPersistence } from '../data/check-in-form-persistence';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';
import { sameRevision } from '../domain/check-in-form';
import { createCheckIn, updateCheckIn } from '../domain/check-in-factory';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';

/** Saves the check-in form. Registered by the check-in pages, so Today loads none of the form's rules. */
@Injectable()
export class CheckInSaveEffects {
  private readonly actions$ = inject(Actions);
  private readonly clock = inject(Clock);
  private readonly persistence = inject(CheckInFormPersistence);
  /** This tab's last save: the check-in it replaced, and the one it stored instead. */
  private lastSave: { replaced: CheckIn | null; saved: CheckIn } | null = null;

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInPageActions.formSubmitted),
      // One at a time, so a second quick save is checked against what the first stored.
      concatMap(({ day, draft, newTags, opened }) =>
        defer(() => this.save(day, draft, newTags, this.basisOf(day, opened))).pipe(
          map((checkIn) => CheckInsDbActions.saveSucceeded({ checkIn, newTags })),
          catchError((error: unknown) =>
            isRecordChanged(error) ? this.conflict(day) : of(CheckInsDbActions.saveFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  );

  /**
   * The check-in the save replaces: the one the form opened, or this tab's own save of it when
   * the form was submitted again before that save reached it.
   */
  private basisOf(day: string, opened: CheckIn | null): CheckIn | null {
    const last = this.lastSave;
    return last && last.saved.day === day && sameRevision(opened, last.replaced) ? last.saved : opened;
  }

  private async save(day: string, draft: CheckInDraft, newTags: Tag[], opened: CheckIn | null): Promise<CheckIn> {
    const now = this.clock.now();
    // The page checks the draft first; this second check keeps bad input out of the database.
    const result = opened ? updateCheckIn(opened, draft, now) : createCheckIn(draft, { now, zone: this.clock.zone(), day });
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join(' '));
    await this.persistence.saveCheckIn(result.value, newTags, opened);
    this.lastSave = { replaced: opened, saved: result.value };
    return result.value;
  }

  /** The stored check-in changed since the form opened: it is read, shown, and the user chooses. */
  private conflict(day: string): Observable<Action> {
    return from(this.persistence.storedCheckIn(day)).pipe(
      mergeMap((theirs) => [
        CheckInsDbActions.changedElsewhere({ checkIns: theirs ? [theirs] : [], removedDays: theirs ? [] : [day], tags: [] }),
        CheckInsDbActions.saveConflicted({ day, theirs }),
      ]),
      catchError((error: unknown) => of(CheckInsDbActions.saveFailed({ error: errorMessage(error) }))),
    );
  }
}
