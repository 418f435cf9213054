import { createActionGroup, props } from '@ngrx/store';
import { Tag } from '../domain/check-in';

/**
 * What other features ask of the tags the check-in feature owns: the journal's editor names a new
 * tag. The tag already passed the tag rules; the check-in's tag effects store it and answer with
 * TagsDbActions, whose reducer adds it to the state every feature reads tags from.
 */
export const TagRequestsActions = createActionGroup({
  source: 'Tag Requests',
  events: {
    'Tag Create Requested': props<{ tag: Tag }>(),
  },
});
