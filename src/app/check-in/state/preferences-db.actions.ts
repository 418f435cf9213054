import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const PreferencesDbActions = createActionGroup({
  source: 'Check-in Preferences DB',
  events: {
    'Save Succeeded': emptyProps(),
    'Save Failed': props<{ error: string }>(),
  },
});
