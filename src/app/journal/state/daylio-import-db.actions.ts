import { createActionGroup, props } from '@ngrx/store';
import type { CheckIn, Tag } from '../../check-in';
import type { JournalEntry } from '../domain/journal-entry';

/**
 * What the import's one transaction stored, or that it stored nothing. Every owner of a store it
 * wrote takes in `Import Succeeded` (the check-in state its check-ins and tags, the journal its
 * entries), so each screen shows the import at once. The check-in feature imports this file
 * itself: it is light, where the journal's index is not.
 */
export const DaylioImportDbActions = createActionGroup({
  source: 'Daylio Import DB',
  events: {
    'Import Succeeded': props<{ checkIns: CheckIn[]; tags: Tag[]; entries: JournalEntry[] }>(),
    'Import Failed': props<{ error: string }>(),
  },
});
