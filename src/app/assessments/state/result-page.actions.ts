import { createActionGroup, props } from '@ngrx/store';
import { ReminderInterval } from '../domain';

/** One result at /assess/:id/result/:resultId. */
export const ResultPageActions = createActionGroup({
  source: 'Result Page',
  events: {
    Opened: props<{ instrumentId: string; resultId: string }>(),
    'Reminder Chosen': props<{ instrumentId: string; interval: ReminderInterval }>(),
  },
});
