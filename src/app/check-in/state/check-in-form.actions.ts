import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';

/** What the check-in form does besides saving (`CheckInPageActions.formSubmitted`). */
export const CheckInFormActions = createActionGroup({
  source: 'Check-in Form',
  events: {
    /** The form of `day` is on screen: the draft left for it, if any, is read. */
    Shown: props<{ day: string }>(),
    /** The user changed the form; `opened` is the stored check-in its edits apply to. */
    Changed: props<{ day: string; draft: CheckInDraft; newTags: Tag[]; opened: CheckIn | null }>(),
    /** The form closed: a change not yet autosaved is written now. */
    Left: emptyProps(),
    'Draft Discarded': props<{ day: string }>(),
    /** After a conflict, the user took the other tab's check-in and dropped their edits. */
    'Keep Theirs Chosen': props<{ day: string }>(),
  },
});
