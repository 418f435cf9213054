import { createReducer, on } from '@ngrx/store';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import { JournalEntry } from '../domain/journal-entry';
import { JournalDbActions } from './journal-db.actions';
import { JournalEntryPageActions } from './journal-entry-page.actions';
import { JournalPageActions } from './journal-page.actions';
import { JournalUndoActions } from './journal-undo.actions';

/** A delete and its undo: the deleted entry is kept here only while undo is offered. */
export interface JournalRemovalState {
  status: AsyncStatus;
  deleted: JournalEntry | null;
  restoredId: string | null;
  /** The entry a delete left alone because another tab had changed it since it was shown. */
  changedElsewhereId: string | null;
}

const initialState: JournalRemovalState = { status: IDLE, deleted: null, restoredId: null, changedElsewhereId: null };
const working = { status: 'loading', error: null } as const;
const done = { status: 'success', error: null } as const;

export const removalReducer = createReducer(
  initialState,
  on(JournalEntryPageActions.deleteClicked, (): JournalRemovalState => ({ ...initialState, status: working })),
  on(JournalDbActions.entryDeleteSucceeded, (_, { entry }): JournalRemovalState => ({ ...initialState, status: done, deleted: entry })),
  on(JournalDbActions.entryDeleteConflicted, (_, { id, entry }): JournalRemovalState => ({
    ...initialState,
    changedElsewhereId: entry ? id : null,
  })),
  on(JournalDbActions.entryDeleteFailed, (_, { error }): JournalRemovalState => ({ ...initialState, status: { status: 'error', error } })),
  on(JournalPageActions.undoDeleteClicked, (state): JournalRemovalState => ({ ...state, status: working })),
  on(JournalDbActions.entryRestoreSucceeded, (_, { entry }): JournalRemovalState => ({ ...initialState, status: done, restoredId: entry.id })),
  on(JournalDbActions.entryRestoreFailed, (state, { error }): JournalRemovalState => ({ ...state, status: { status: 'error', error } })),
  on(JournalUndoActions.windowClosed, (state): JournalRemovalState => ({ ...state, deleted: null })),
);
