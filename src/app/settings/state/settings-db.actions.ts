import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Settings } from '../domain/settings';

export const SettingsDbActions = createActionGroup({
  source: 'Settings DB',
  events: {
    'Load Requested': emptyProps(),
    'Load Succeeded': props<{ settings: Settings }>(),
    'Load Failed': props<{ error: string }>(),
    'Save Succeeded': emptyProps(),
    'Save Failed': props<{ error: string }>(),
  },
});
