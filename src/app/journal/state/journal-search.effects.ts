import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, filter, from, map, of, switchMap, take, tap } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { settingsFeature } from '../../settings';
import { errorMessage } from '../../shared/async-status';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { JournalDbActions } from './journal-db.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { JournalSearchActions } from './journal-search.actions';
import { JournalSearchCriteria } from './journal-search-criteria';
import { JournalSearchIndex } from './journal-search-index';
import { journalFeature } from './journal.feature';

@Injectable()
export class JournalSearchEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly index = inject(JournalSearchIndex);
  private readonly clock = inject(Clock);

  /**
   * Runs a submitted search, its next page, and the last one again on returning, since entries
   * may have changed, and when another tab changed some (once the index has them).
   */
  readonly search$ = createEffect(() =>
    this.actions$.pipe(
      ofType(
        JournalSearchActions.searchSubmitted,
        JournalSearchActions.moreRequested,
        JournalSearchActions.opened,
        JournalElsewhereActions.entriesChanged,
        JournalElsewhereActions.allEntriesChanged,
      ),
      tap((action) => {
        if (action.type === JournalElsewhereActions.allEntriesChanged.type) this.index.reset();
        if (action.type !== JournalElsewhereActions.entriesChanged.type) return;
        this.index.upsert(action.entries);
        action.removedIds.forEach((id) => this.index.remove(id));
      }),
      concatLatestFrom(() => this.store.select(journalFeature.selectSearch)),
      filter(([, search]) => search.criteria !== null),
      switchMap(([, search]) => this.run(search.criteria as JournalSearchCriteria, search.limit)),
    ),
  );

  /** Opening the page starts building the index, in slices, while the user types. */
  readonly warmIndex$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(JournalSearchActions.opened),
        switchMap(() => this.loadedEntries()),
        tap(({ entries, options }) => void this.index.warm(entries, options).catch(() => undefined)),
      ),
    { dispatch: false },
  );

  readonly keepIndexCurrent$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(
          JournalDbActions.loadSucceeded,
          JournalDbActions.entrySaveSucceeded,
          JournalDbActions.entryRestoreSucceeded,
          JournalDbActions.entryDeleteSucceeded,
          DaylioImportDbActions.importSucceeded,
        ),
        tap((action) => {
          switch (action.type) {
            case JournalDbActions.loadSucceeded.type:
              return this.index.reset();
            case JournalDbActions.entryDeleteSucceeded.type:
              return this.index.remove(action.entry.id);
            case DaylioImportDbActions.importSucceeded.type:
              return this.index.upsert(action.entries);
            default:
              return this.index.upsert([action.entry]);
          }
        }),
      ),
    { dispatch: false },
  );

  private run(criteria: JournalSearchCriteria, limit: number) {
    return this.loadedEntries().pipe(
      switchMap(({ entries, options }) =>
        from(this.index.search(entries, criteria, options, limit)).pipe(
          map((results) => JournalDbActions.searchSucceeded({ results })),
          catchError((error: unknown) => of(JournalDbActions.searchFailed({ error: errorMessage(error) }))),
        ),
      ),
    );
  }

  /** The index is built from the entries once they are loaded, never before. */
  private loadedEntries() {
    return this.store.select(journalFeature.selectEntriesLoad).pipe(
      filter((load) => load.status === 'success'),
      take(1),
      concatLatestFrom(() => [this.store.select(journalFeature.selectAllEntries), this.store.select(settingsFeature.selectDayStartHour)]),
      map(([, entries, dayStartHour]) => ({ entries, options: { zone: this.clock.zone(), dayStartHour } })),
    );
  }
}
