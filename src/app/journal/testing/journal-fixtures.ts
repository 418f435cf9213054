import { Action } from '@ngrx/store';
import { Tag } from '../../check-in';
import { checkInStateWith } from '../../check-in/testing/check-in-state';
import { settingsFeature } from '../../settings';
import { JournalEntry } from '../domain/journal-entry';
import { journalFeature, JournalState } from '../state/journal.feature';

/** An entry for specs: a night-shift note unless told otherwise. */
export function journalEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: 'e1',
    createdAt: '2026-03-08T07:00:00.000Z',
    updatedAt: '2026-03-08T07:00:00.000Z',
    mood: 3,
    tagIds: [],
    promptId: null,
    text: 'The night nurse brought me tea.',
    ...overrides,
  };
}

/** The journal slice after these actions, through the real reducer. */
export function journalStateAfter(...actions: Action[]): JournalState {
  return actions.reduce(journalFeature.reducer, journalFeature.reducer(undefined, { type: '@@init' }));
}

/**
 * A root state for provideMockStore: the journal slice, default settings and the check-in slice
 * the journal reads tags from (loaded, with `tags`).
 */
export function rootStateWith(journal: JournalState, tags: Tag[] = []): Record<string, unknown> {
  return { journal, checkIn: checkInStateWith({ tags }), settings: settingsFeature.reducer(undefined, { type: '@@init' }) };
}
