import { createActionGroup, props } from '@ngrx/store';

export const CheckInClockActions = createActionGroup({
  source: 'Check-in Clock',
  events: {
    /** `today` is the shift-aware check-in day; `minute` the local wall clock, YYYY-MM-DDTHH:mm. */
    Ticked: props<{ today: string; minute: string }>(),
  },
});
