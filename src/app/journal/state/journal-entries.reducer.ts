import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createReducer, on } from '@ngrx/store';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import { JournalEntry } from '../domain/journal-entry';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { JournalDbActions } from './journal-db.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { JournalPageActions } from './journal-page.actions';
import { compareCodeUnits } from '../../shared/compare';

export interface JournalEntriesState extends EntityState<JournalEntry> {
  load: AsyncStatus;
  /** The entry just saved, so its page can say so. */
  lastSavedId: string | null;
}

export const entryAdapter = createEntityAdapter<JournalEntry>({
  sortComparer: (a, b) => compareCodeUnits(b.createdAt, a.createdAt) || compareCodeUnits(b.id, a.id),
});

const initialState: JournalEntriesState = entryAdapter.getInitialState({ load: IDLE, lastSavedId: null });

export const entriesReducer = createReducer(
  initialState,
  on(JournalDbActions.loadRequested, JournalPageActions.retryClicked, (state): JournalEntriesState => ({
    ...state,
    load: { status: 'loading', error: null },
  })),
  on(JournalDbActions.loadSucceeded, (state, { entries }): JournalEntriesState =>
    entryAdapter.setAll(entries, { ...state, load: { status: 'success', error: null } }),
  ),
  on(JournalDbActions.loadFailed, (state, { error }): JournalEntriesState => ({ ...state, load: { status: 'error', error } })),
  on(JournalDbActions.entrySaveSucceeded, (state, { entry }): JournalEntriesState =>
    entryAdapter.upsertOne(entry, { ...state, lastSavedId: entry.id }),
  ),
  on(JournalDbActions.entryDeleteSucceeded, (state, { entry }): JournalEntriesState =>
    entryAdapter.removeOne(entry.id, { ...state, lastSavedId: null }),
  ),
  on(JournalDbActions.entryDeleteConflicted, (state, { id, entry }): JournalEntriesState =>
    entry ? entryAdapter.upsertOne(entry, state) : entryAdapter.removeOne(id, state),
  ),
  on(JournalElsewhereActions.entriesChanged, (state, { entries, removedIds }): JournalEntriesState =>
    entryAdapter.removeMany(removedIds, entryAdapter.upsertMany(entries, state)),
  ),
  on(JournalElsewhereActions.allEntriesChanged, (state, { entries }): JournalEntriesState => entryAdapter.setAll(entries, state)),
  on(JournalDbActions.entryRestoreSucceeded, (state, { entry }): JournalEntriesState => entryAdapter.upsertOne(entry, state)),
  on(DaylioImportDbActions.importSucceeded, (state, { entries }): JournalEntriesState => entryAdapter.upsertMany(entries, state)),
);
