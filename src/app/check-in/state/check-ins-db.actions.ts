import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInPreferences } from '../domain/check-in-preferences';

export const CheckInsDbActions = createActionGroup({
  source: 'Check-ins DB',
  events: {
    'Load Requested': emptyProps(),
    'Load Succeeded': props<{ checkIns: CheckIn[]; tags: Tag[]; preferences: CheckInPreferences }>(),
    'Load Failed': props<{ error: string }>(),
    'Save Succeeded': props<{ checkIn: CheckIn; newTags: Tag[] }>(),
    'Save Failed': props<{ error: string }>(),
  },
});
