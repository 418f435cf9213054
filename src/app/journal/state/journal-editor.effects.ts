import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Action, Store } from '@ngrx/store';
import { catchError, EMPTY, exhaustMap, filter, from, map, mergeMap, Observable, of, switchMap, tap, timer } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { isRecordChanged } from '../../core/db/revision';
import { errorMessage } from '../../shared/async-status';
import { JournalPersistence } from '../data/journal-persistence';
import { isDraftDirty, JournalDraft, markDraftSaved } from '../domain/journal-draft';
import { startEditing } from '../domain/journal-editor-start';
import { JournalEntry } from '../domain/journal-entry';
import { createJournalEntry, updateJournalEntry } from '../domain/journal-entry-rules';
import { JournalDbActions } from './journal-db.actions';
import { JournalEditorActions } from './journal-editor.actions';
import { journalFeature } from './journal.feature';
import { TagRequestsActions } from '../../check-in/tag-writes';

/** Quiet time after the last keystroke before the draft is written. */
export const AUTOSAVE_DELAY_MS = 600;
/** While typing without pause, the draft is still written at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 2_000;

export const ENTRY_NOT_FOUND = $localize`:@@journal.editor.notFound:This entry is not in your journal. It may have been deleted.`;

@Injectable()
export class JournalEditorEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly persistence = inject(JournalPersistence);
  private readonly clock = inject(Clock);

  /** Opens the editor, which holds its own draft key until it closes or opens another entry. */
  readonly open$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.opened, JournalEditorActions.closed),
      switchMap((action) =>
        action.type === JournalEditorActions.closed.type
          ? EMPTY
          : this.persistence.openEditor(action.entryId).pipe(
              map(({ entry, draft, draftKey }) =>
                action.entryId !== null && entry === null
                  ? JournalDbActions.editorLoadFailed({ error: ENTRY_NOT_FOUND })
                  : JournalDbActions.editorLoadSucceeded({ ...startEditing(entry, draft, action.promptId), draftKey }),
              ),
              catchError((error: unknown) => of(JournalDbActions.editorLoadFailed({ error: errorMessage(error) }))),
            ),
      ),
    ),
  );

  /**
   * Writes the draft shortly after typing stops (and every few seconds during long typing), and
   * at once when the editor closes. A draft that matches the entry again is deleted instead, so
   * a saved or discarded draft is never brought back by a late write. Save cancels a pending
   * write (the saved entry's draft would otherwise come back as a new one); a failed save, or one
   * that found the entry changed in another tab, writes the draft at once, so the words are kept
   * until the user chooses.
   */
  readonly autosave$ = createEffect(() => {
    let pendingSince: number | null = null;
    return this.actions$.pipe(
      ofType(
        JournalEditorActions.draftChanged,
        JournalEditorActions.tagCreated,
        JournalEditorActions.closed,
        JournalEditorActions.opened,
        JournalEditorActions.saveClicked,
        JournalEditorActions.saveConflictResolved,
        JournalDbActions.entrySaveFailed,
        JournalDbActions.entrySaveConflicted,
      ),
      switchMap((action): Observable<unknown> => {
        if (
          action.type === JournalEditorActions.opened.type ||
          action.type === JournalEditorActions.saveClicked.type ||
          action.type === JournalEditorActions.saveConflictResolved.type
        ) {
          pendingSince = null;
          return EMPTY;
        }
        if (action.type === JournalDbActions.entrySaveFailed.type || action.type === JournalDbActions.entrySaveConflicted.type) {
          return of(action);
        }
        if (action.type === JournalEditorActions.closed.type) return pendingSince === null ? EMPTY : of(action);
        const now = Date.now();
        pendingSince ??= now;
        return timer(Math.max(0, Math.min(AUTOSAVE_DELAY_MS, pendingSince + AUTOSAVE_MAX_WAIT_MS - now)));
      }),
      tap(() => (pendingSince = null)),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      filter(([, editor]) => editor.draft !== null && editor.draftKey !== null && editor.open.status === 'success'),
      // Handed to the persistence queue at once, so it stays in order with a save or discard.
      mergeMap(([, { draft, stored, draftKey }]) => this.writeDraft(draft as JournalDraft, stored, draftKey as string)),
    );
  });

  /** Discard, and Keep theirs after a conflicting save, delete this editor's draft. */
  readonly discard$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.discardClicked, JournalEditorActions.saveConflictResolved),
      filter((action) => action.type === JournalEditorActions.discardClicked.type || action.keep === 'theirs'),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      filter(([, { draftKey }]) => draftKey !== null),
      mergeMap(([, { draftKey }]) =>
        from(this.persistence.discardDraft(draftKey as string)).pipe(
          map(() => JournalDbActions.draftDiscardSucceeded()),
          catchError((error: unknown) => of(JournalDbActions.draftDiscardFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  /**
   * Saves only over the version the editor expects; if another tab saved or deleted the entry
   * meanwhile, reads it, and the user chooses what to keep. Keep mine and Keep both save again.
   */
  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.saveClicked, JournalEditorActions.saveConflictResolved),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      filter(([, editor]) => editor.save.status === 'loading' && editor.draft !== null && editor.draftKey !== null),
      exhaustMap(([, { draft, stored, expected, draftKey }]) => {
        const now = this.clock.now();
        const current = draft as JournalDraft;
        const result = stored
          ? updateJournalEntry(stored, current, now)
          : createJournalEntry(current, { id: crypto.randomUUID(), now });
        if (!result.ok) return of(JournalDbActions.entrySaveFailed({ error: result.issues[0].message }));
        return from(this.persistence.saveEntry(result.value, draftKey as string, expected)).pipe(
          map(() => JournalDbActions.entrySaveSucceeded({ entry: result.value })),
          catchError((error: unknown) =>
            isRecordChanged(error)
              ? from(this.persistence.loadEntry(result.value.id)).pipe(
                  map((theirs) => JournalDbActions.entrySaveConflicted({ theirs })),
                  catchError((readError: unknown) => of(JournalDbActions.entrySaveFailed({ error: errorMessage(readError) }))),
                )
              : of(JournalDbActions.entrySaveFailed({ error: errorMessage(error) })),
          ),
        );
      }),
    ),
  );

  /** Tags are the check-in feature's: it stores the new tag, and reports a failure with TagsDbActions. */
  readonly createTag$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.tagCreated),
      map(({ tag }) => TagRequestsActions.tagCreateRequested({ tag })),
    ),
  );

  private writeDraft(draft: JournalDraft, stored: JournalEntry | null, draftKey: string): Observable<Action> {
    const dirty = isDraftDirty(draft, stored);
    const now = this.clock.now();
    const write = dirty ? this.persistence.saveDraft(draftKey, markDraftSaved(draft, now)) : this.persistence.discardDraft(draftKey);
    return from(write).pipe(
      map(() => JournalDbActions.draftAutosaveSucceeded({ savedAt: dirty ? now.toISOString() : null })),
      catchError((error: unknown) => of(JournalDbActions.draftAutosaveFailed({ error: errorMessage(error) }))),
    );
  }
}
