import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import type { JournalSearchResults } from '../domain/journal-search';

export const JournalDbActions = createActionGroup({
  source: 'Journal DB',
  events: {
    'Load Requested': emptyProps(),
    'Load Succeeded': props<{ entries: JournalEntry[] }>(),
    'Load Failed': props<{ error: string }>(),
    'Editor Load Succeeded': props<{ entry: JournalEntry | null; draft: JournalDraft; restoredFrom: string | null; draftKey: string }>(),
    'Editor Load Failed': props<{ error: string }>(),
    /** savedAt null: the editor matched the entry again, so its draft was deleted. */
    'Draft Autosave Succeeded': props<{ savedAt: string | null }>(),
    'Draft Autosave Failed': props<{ error: string }>(),
    'Draft Discard Succeeded': emptyProps(),
    'Draft Discard Failed': props<{ error: string }>(),
    'Entry Save Succeeded': props<{ entry: JournalEntry }>(),
    'Entry Save Failed': props<{ error: string }>(),
    /** Another tab saved the entry since the editor opened it (theirs), or deleted it (null). */
    'Entry Save Conflicted': props<{ theirs: JournalEntry | null }>(),
    'Entry Delete Succeeded': props<{ entry: JournalEntry }>(),
    'Entry Delete Failed': props<{ error: string }>(),
    /** Not deleted: another tab changed the entry since it was shown (entry), or deleted it (null). */
    'Entry Delete Conflicted': props<{ id: string; entry: JournalEntry | null }>(),
    'Entry Restore Succeeded': props<{ entry: JournalEntry }>(),
    'Entry Restore Failed': props<{ error: string }>(),
    'Search Succeeded': props<{ results: JournalSearchResults }>(),
    'Search Failed': props<{ error: string }>(),
  },
});
