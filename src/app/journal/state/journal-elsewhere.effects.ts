import { inject, Injectable } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, concatMap, filter, from, map, Observable, of } from 'rxjs';
import { CHANGES_ELSEWHERE } from '../../core/db/database-changes';
import { errorMessage } from '../../shared/async-status';
import { JournalPersistence } from '../data/journal-persistence';
import { JournalDbActions } from './journal-db.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';

const STORE = 'journal';

/**
 * Entries another open tab wrote are read back into this tab's state, so the list, an entry's
 * page, search and an open editor show them without a reload.
 */
@Injectable()
export class JournalElsewhereEffects {
  private readonly elsewhere$ = inject(CHANGES_ELSEWHERE);
  private readonly persistence = inject(JournalPersistence);

  readonly reread$ = createEffect(() =>
    this.elsewhere$.pipe(
      filter((changed) => Object.hasOwn(changed, STORE)),
      // In the order the other tabs committed, so an older read never lands over a newer one.
      concatMap((changed): Observable<Action> => {
        const keys = changed[STORE];
        const read: Observable<Action> =
          keys === null
            ? from(this.persistence.loadEntries()).pipe(map((entries) => JournalElsewhereActions.allEntriesChanged({ entries })))
            : from(this.persistence.rereadEntries(keys.map(String))).pipe(map((found) => JournalElsewhereActions.entriesChanged(found)));
        // The journal may be out of date now: the list says so and offers to read it again.
        return read.pipe(catchError((error: unknown) => of(JournalDbActions.loadFailed({ error: errorMessage(error) }))));
      }),
    ),
  );
}
