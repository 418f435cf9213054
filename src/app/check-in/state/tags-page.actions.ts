import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Tag } from '../domain/check-in';

/** Each event carries the tag as it should be stored, already checked by the tag rules. */
export const TagsPageActions = createActionGroup({
  source: 'Tags Page',
  events: {
    Opened: emptyProps(),
    'Tag Created': props<{ tag: Tag }>(),
    'Tag Renamed': props<{ tag: Tag }>(),
    'Tag Archived': props<{ tag: Tag }>(),
    'Tag Restored': props<{ tag: Tag }>(),
  },
});
