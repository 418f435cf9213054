import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JournalSearchCriteria } from './journal-search-criteria';

export const JournalSearchActions = createActionGroup({
  source: 'Journal Search',
  events: {
    Opened: emptyProps(),
    'Search Submitted': props<{ criteria: JournalSearchCriteria }>(),
    Cleared: emptyProps(),
    /** The next page of the same search. */
    'More Requested': emptyProps(),
  },
});
