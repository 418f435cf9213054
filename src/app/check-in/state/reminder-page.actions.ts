import { createActionGroup, props } from '@ngrx/store';
import { DailyReminder } from '../domain/check-in-preferences';

export const ReminderPageActions = createActionGroup({
  source: 'Reminder Page',
  events: {
    'Reminder Changed': props<{ reminder: DailyReminder }>(),
    'Streak Visibility Changed': props<{ showStreak: boolean }>(),
  },
});
