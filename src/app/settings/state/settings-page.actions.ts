import { createActionGroup, props } from '@ngrx/store';
import { RegionCode } from '../../shared/region';
import { ThemeChoice } from '../domain/settings';

export const SettingsPageActions = createActionGroup({
  source: 'Settings Page',
  events: {
    'Theme Chosen': props<{ theme: ThemeChoice }>(),
    'Region Chosen': props<{ region: RegionCode }>(),
    'Day Start Hour Chosen': props<{ dayStartHour: number }>(),
  },
});
