import { createReducer, on } from '@ngrx/store';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
import type { JournalSearchHit } from '../domain/journal-search';
import { JournalDbActions } from './journal-db.actions';
import { JournalSearchActions } from './journal-search.actions';
import { JournalSearchCriteria } from './journal-search-criteria';

export interface JournalSearchState {
  /** The last search run, kept so that coming back to the page shows it again; null before any. */
  criteria: JournalSearchCriteria | null;
  /** The best hits, at most `limit` of them. */
  hits: JournalSearchHit[];
  /** How many entries matched in all. */
  total: number;
  /** How many hits to show: one page, and one more each time the user asks for more. */
  limit: number;
  status: AsyncStatus;
}

/**
 * A screenful of the best matches, as search pages show; more on request. Drawing 100 cards at
 * once kept the answer from appearing within 50 ms on a 2-core machine (see bench/measures.mjs).
 */
export const SEARCH_PAGE_SIZE = 10;

const initialState: JournalSearchState = { criteria: null, hits: [], total: 0, limit: SEARCH_PAGE_SIZE, status: IDLE };

export const searchReducer = createReducer(
  initialState,
  on(JournalSearchActions.searchSubmitted, (state, { criteria }): JournalSearchState => ({
    ...state,
    criteria,
    limit: SEARCH_PAGE_SIZE,
    status: LOADING,
  })),
  on(JournalSearchActions.moreRequested, (state): JournalSearchState => ({ ...state, limit: state.limit + SEARCH_PAGE_SIZE, status: LOADING })),
  on(JournalSearchActions.cleared, (): JournalSearchState => initialState),
  on(JournalDbActions.searchSucceeded, (state, { results }): JournalSearchState => ({
    ...state,
    hits: results.hits,
    total: results.total,
    status: SUCCESS,
  })),
  on(JournalDbActions.searchFailed, (state, { error }): JournalSearchState => ({ ...state, hits: [], total: 0, status: failed(error) })),
);
