import { inject, Injectable, InjectionToken } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, EMPTY, from, map, mergeMap, Observable, of, switchMap, timer } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { errorMessage } from '../../shared/async-status';
import { CheckInFormPersistence } from '../data/check-in-form-persistence';
import { isFormEdited } from '../domain/check-in-form';
import { CheckInDraftsDbActions } from './check-in-drafts-db.actions';
import { CheckInFormActions } from './check-in-form.actions';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';

/** Quiet time after the last change before the form's input is written. */
export const CHECK_IN_AUTOSAVE_MS = new InjectionToken<number>('CheckInAutosaveMs', { providedIn: 'root', factory: () => 500 });

type FormInput = ReturnType<typeof CheckInFormActions.changed>;

/** Keeps the check-in form's unsaved input in the drafts store, and reads it back when the form opens. */
@Injectable()
export class CheckInDraftEffects {
  private readonly actions$ = inject(Actions);
  private readonly clock = inject(Clock);
  private readonly persistence = inject(CheckInFormPersistence);
  private readonly delayMs = inject(CHECK_IN_AUTOSAVE_MS);

  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInFormActions.shown),
      switchMap(({ day }) =>
        from(this.persistence.loadDraft(day)).pipe(
          map((draft) => CheckInDraftsDbActions.loadSucceeded({ day, draft })),
          catchError((error: unknown) => of(CheckInDraftsDbActions.loadFailed({ day, error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  /**
   * Writes the input shortly after the last change, and at once when the form closes. A save
   * takes the pending input over (it deletes the draft in its own transaction); a save that
   * stores nothing (failed, or changed in another tab) writes it at once, so nothing typed is lost.
   */
  readonly autosave$ = createEffect(() => {
    let pending: FormInput | null = null;
    let submitted: FormInput | null = null;
    return this.actions$.pipe(
      ofType(
        CheckInFormActions.changed,
        CheckInFormActions.left,
        CheckInFormActions.shown,
        CheckInFormActions.draftDiscarded,
        CheckInFormActions.keepTheirsChosen,
        CheckInPageActions.formSubmitted,
        CheckInsDbActions.saveSucceeded,
        CheckInsDbActions.saveFailed,
        CheckInsDbActions.saveConflicted,
      ),
      switchMap((action): Observable<FormInput> => {
        switch (action.type) {
          case CheckInFormActions.changed.type:
            pending = action;
            return timer(this.delayMs).pipe(map(() => action));
          case CheckInPageActions.formSubmitted.type: {
            const { day, draft, newTags, opened } = action;
            pending = submitted = CheckInFormActions.changed({ day, draft, newTags, opened });
            return EMPTY;
          }
          case CheckInsDbActions.saveSucceeded.type:
            if (pending === submitted) pending = null;
            submitted = null;
            break;
          case CheckInsDbActions.saveFailed.type:
          case CheckInsDbActions.saveConflicted.type:
            submitted = null;
            break;
          case CheckInFormActions.draftDiscarded.type:
          case CheckInFormActions.keepTheirsChosen.type:
            pending = null;
        }
        return pending ? of(pending) : EMPTY;
      }),
      mergeMap((input) => {
        if (pending === input) pending = null;
        return this.write(input);
      }),
    );
  });

  readonly discard$ = createEffect(() =>
    this.actions$.pipe(
      ofType(CheckInFormActions.draftDiscarded, CheckInFormActions.keepTheirsChosen),
      mergeMap(({ day }) =>
        from(this.persistence.discardDraft(day)).pipe(
          map(() => CheckInDraftsDbActions.saveSucceeded({ savedAt: null })),
          catchError((error: unknown) => of(CheckInDraftsDbActions.saveFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  /** A form back to what is stored has no draft to keep: it is deleted instead. */
  private write({ day, draft, newTags, opened }: FormInput): Observable<Action> {
    const edited = isFormEdited({ opened, draft });
    const savedAt = this.clock.now().toISOString();
    const write = edited ? this.persistence.saveDraft({ day, draft, newTags, opened, savedAt }) : this.persistence.discardDraft(day);
    return from(write).pipe(
      map(() => CheckInDraftsDbActions.saveSucceeded({ savedAt: edited ? savedAt : null })),
      catchError((error: unknown) => of(CheckInDraftsDbActions.saveFailed({ error: errorMessage(error) }))),
    );
  }
}
