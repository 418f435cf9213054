import { createActionGroup, emptyProps } from '@ngrx/store';

/** The list of instruments at /assess. */
export const AssessmentsPageActions = createActionGroup({
  source: 'Assessments Page',
  events: {
    'Retry Load Clicked': emptyProps(),
  },
});
