import { createReducer, on } from '@ngrx/store';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import type { JournalSearchHit } from '../domain/journal-search';
import { JournalDbActions } from './journal-db.actions';
import { JournalSearchActions } from './journal-search.actions';
import { JournalSearchCriteria } from './journal-search-criteria';

export interface JournalSearchState {
  /** The last search run, kept so that coming back to the page shows it again; null before any. */
  criteria: JournalSearchCriteria | null;
  hits: JournalSearchHit[];
  status: AsyncStatus;
}

const initialState: JournalSearchState = { criteria: null, hits: [], status: IDLE };

export const searchReducer = createReducer(
  initialState,
  on(JournalSearchActions.searchSubmitted, (state, { criteria }): JournalSearchState => ({
    ...state,
    criteria,
    status: { status: 'loading', error: null },
  })),
  on(JournalSearchActions.cleared, (): JournalSearchState => initialState),
  on(JournalDbActions.searchSucceeded, (state, { hits }): JournalSearchState => ({
    ...state,
    hits,
    status: { status: 'success', error: null },
  })),
  on(JournalDbActions.searchFailed, (state, { error }): JournalSearchState => ({ ...state, hits: [], status: { status: 'error', error } })),
);
