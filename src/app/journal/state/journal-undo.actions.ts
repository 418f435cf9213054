import { createActionGroup, emptyProps } from '@ngrx/store';

/** The undo offer after a delete lasts a short while, then closes on its own. */
export const JournalUndoActions = createActionGroup({
  source: 'Journal Undo',
  events: {
    'Window Closed': emptyProps(),
  },
});
