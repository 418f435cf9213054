import { createActionGroup, props } from '@ngrx/store';
import { Tag } from '../domain/check-in';

export const TagsDbActions = createActionGroup({
  source: 'Tags DB',
  events: {
    'Save Succeeded': props<{ tag: Tag }>(),
    'Save Failed': props<{ tagId: string; error: string }>(),
  },
});
