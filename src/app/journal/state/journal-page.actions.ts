import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JournalEntry } from '../domain/journal-entry';

export const JournalPageActions = createActionGroup({
  source: 'Journal Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Undo Delete Clicked': props<{ entry: JournalEntry }>(),
  },
});
