import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JournalEntry } from '../domain/journal-entry';

export const JournalEntryPageActions = createActionGroup({
  source: 'Journal Entry Page',
  events: {
    Opened: emptyProps(),
    'Delete Clicked': props<{ entry: JournalEntry }>(),
  },
});
