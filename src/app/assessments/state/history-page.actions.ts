import { createActionGroup, props } from '@ngrx/store';
import { ReminderInterval, StoredAssessment } from '../domain';

/** An instrument's past results at /assess/:id/history. */
export const HistoryPageActions = createActionGroup({
  source: 'History Page',
  events: {
    Opened: props<{ instrumentId: string }>(),
    'Delete Confirmed': props<{ assessment: StoredAssessment }>(),
    'Undo Delete Clicked': props<{ assessment: StoredAssessment }>(),
    'Reminder Chosen': props<{ instrumentId: string; interval: ReminderInterval }>(),
  },
});
