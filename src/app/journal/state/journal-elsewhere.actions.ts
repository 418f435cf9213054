import { createActionGroup, props } from '@ngrx/store';
import { JournalEntry } from '../domain/journal-entry';

/** Entries another open tab wrote, as read back from the database. */
export const JournalElsewhereActions = createActionGroup({
  source: 'Journal Elsewhere',
  events: {
    'Entries Changed': props<{ entries: JournalEntry[]; removedIds: string[] }>(),
    /** Too many changed to list: every stored entry, read again. */
    'All Entries Changed': props<{ entries: JournalEntry[] }>(),
  },
});
