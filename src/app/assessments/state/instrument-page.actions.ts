import { createActionGroup, props } from '@ngrx/store';
import { AssessmentPreferences } from '../domain';

/** An instrument's introduction at /assess/:id. */
export const InstrumentPageActions = createActionGroup({
  source: 'Instrument Page',
  events: {
    Opened: props<{ instrumentId: string }>(),
    'Profession Changed': props<{ profession: string }>(),
    'Sex Chosen': props<{ sex: AssessmentPreferences['sex'] }>(),
    'Start Over Confirmed': props<{ instrumentId: string }>(),
  },
});
