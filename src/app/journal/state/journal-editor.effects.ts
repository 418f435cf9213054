import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Action, Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, exhaustMap, filter, from, map, mergeMap, Observable, of, switchMap, tap, timer } from 'rxjs';
import { Clock } from '../../core/clock/clock';
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

  readonly open$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.opened),
      switchMap(({ entryId, promptId }) =>
        from(this.persistence.loadEditor(entryId)).pipe(
          map(({ entry, draft }) =>
            entryId !== null && entry === null
              ? JournalDbActions.editorLoadFailed({ error: ENTRY_NOT_FOUND })
              : JournalDbActions.editorLoadSucceeded(startEditing(entry, draft, promptId)),
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
   * write (the saved entry's draft would otherwise come back as a new one); a failed save writes
   * the draft at once, so the words are kept.
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
        JournalDbActions.entrySaveFailed,
      ),
      switchMap((action): Observable<unknown> => {
        if (action.type === JournalEditorActions.opened.type || action.type === JournalEditorActions.saveClicked.type) {
          pendingSince = null;
          return EMPTY;
        }
        if (action.type === JournalDbActions.entrySaveFailed.type) return of(action);
        if (action.type === JournalEditorActions.closed.type) return pendingSince === null ? EMPTY : of(action);
        const now = Date.now();
        pendingSince ??= now;
        return timer(Math.max(0, Math.min(AUTOSAVE_DELAY_MS, pendingSince + AUTOSAVE_MAX_WAIT_MS - now)));
      }),
      tap(() => (pendingSince = null)),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      filter(([, editor]) => editor.draft !== null && editor.open.status === 'success'),
      // Handed to the persistence queue at once, so it stays in order with a save or discard.
      mergeMap(([, { draft, stored }]) => this.writeDraft(draft as JournalDraft, stored)),
    );
  });

  readonly discard$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.discardClicked),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      mergeMap(([, { stored }]) =>
        from(this.persistence.discardDraft(stored?.id ?? null)).pipe(
          map(() => JournalDbActions.draftDiscardSucceeded()),
          catchError((error: unknown) => of(JournalDbActions.draftDiscardFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(JournalEditorActions.saveClicked),
      concatLatestFrom(() => this.store.select(journalFeature.selectEditor)),
      filter(([, editor]) => editor.save.status === 'loading' && editor.draft !== null),
      exhaustMap(([, { draft, stored }]) => {
        const now = this.clock.now();
        const current = draft as JournalDraft;
        const result = stored
          ? updateJournalEntry(stored, current, now)
          : createJournalEntry(current, { id: crypto.randomUUID(), now });
        if (!result.ok) return of(JournalDbActions.entrySaveFailed({ error: result.issues[0].message }));
        return from(this.persistence.saveEntry(result.value, current.entryId)).pipe(
          map(() => JournalDbActions.entrySaveSucceeded({ entry: result.value })),
          catchError((error: unknown) => of(JournalDbActions.entrySaveFailed({ error: errorMessage(error) }))),
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

  private writeDraft(draft: JournalDraft, stored: JournalEntry | null): Observable<Action> {
    const dirty = isDraftDirty(draft, stored);
    const now = this.clock.now();
    const write = dirty ? this.persistence.saveDraft(markDraftSaved(draft, now)) : this.persistence.discardDraft(draft.entryId);
    return from(write).pipe(
      map(() => JournalDbActions.draftAutosaveSucceeded({ savedAt: dirty ? now.toISOString() : null })),
      catchError((error: unknown) => of(JournalDbActions.draftAutosaveFailed({ error: errorMessage(error) }))),
    );
  }
}
