import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';

export const CheckInPageActions = createActionGroup({
  source: 'Check-in Page',
  events: {
    Opened: emptyProps(),
    /**
     * A valid draft for `day`; tags created in the form are saved with it, in one transaction. It
     * replaces `opened`, the stored check-in the form's edits apply to, only if that is still the one stored.
     */
    'Form Submitted': props<{ day: string; draft: CheckInDraft; newTags: Tag[]; opened: CheckIn | null }>(),
  },
});
