import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType, OnInitEffects } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, concatMap, EMPTY, exhaustMap, from, map, of, switchMap, timer } from 'rxjs';
import { isRecordChanged } from '../../core/db/revision';
import { errorMessage } from '../../shared/async-status';
import { JournalPersistence } from '../data/journal-persistence';
import { JournalDbActions } from './journal-db.actions';
import { JournalEntryPageActions } from './journal-entry-page.actions';
import { JournalPageActions } from './journal-page.actions';
import { JournalUndoActions } from './journal-undo.actions';

/** How long Undo is offered after a delete. */
export const UNDO_WINDOW_MS = 10_000;

@Injectable()
export class JournalEffects implements OnInitEffects {
  private readonly actions$ = inject(Actions);
  private readonly persistence = inject(JournalPersistence);

  ngrxOnInitEffects(): Action {
    return JournalDbActions.loadRequested();
  }

  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalDbActions.loadRequested, JournalPageActions.retryClicked),
      exhaustMap(() =>
        from(this.persistence.loadEntries()).pipe(
          map((entries) => JournalDbActions.loadSucceeded({ entries })),
          catchError((error: unknown) => of(JournalDbActions.loadFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  /** Deletes the entry as shown; one another tab changed or deleted meanwhile is read again instead. */
  readonly delete$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEntryPageActions.deleteClicked),
      concatMap(({ entry }) =>
        from(this.persistence.deleteEntry(entry)).pipe(
          map(() => JournalDbActions.entryDeleteSucceeded({ entry })),
          catchError((error: unknown) =>
            isRecordChanged(error)
              ? from(this.persistence.loadEntry(entry.id)).pipe(
                  map((current) => JournalDbActions.entryDeleteConflicted({ id: entry.id, entry: current })),
                  catchError((readError: unknown) => of(JournalDbActions.entryDeleteFailed({ error: errorMessage(readError) }))),
                )
              : of(JournalDbActions.entryDeleteFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  );

  readonly undoDelete$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalPageActions.undoDeleteClicked),
      concatMap(({ entry }) =>
        from(this.persistence.restoreEntry(entry)).pipe(
          map(() => JournalDbActions.entryRestoreSucceeded({ entry })),
          catchError((error: unknown) => of(JournalDbActions.entryRestoreFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly closeUndoWindow$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalDbActions.entryDeleteSucceeded, JournalPageActions.undoDeleteClicked),
      switchMap((action) =>
        action.type === JournalDbActions.entryDeleteSucceeded.type
          ? timer(UNDO_WINDOW_MS).pipe(map(() => JournalUndoActions.windowClosed()))
          : EMPTY,
      ),
    ),
  );
}
