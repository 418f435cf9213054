import { createActionGroup, props } from '@ngrx/store';
import { StoredCheckInDraft } from '../domain/stored-check-in-draft';

export const CheckInDraftsDbActions = createActionGroup({
  source: 'Check-in Drafts DB',
  events: {
    /** The draft left for `day`, or null. */
    'Load Succeeded': props<{ day: string; draft: StoredCheckInDraft | null }>(),
    'Load Failed': props<{ day: string; error: string }>(),
    /** The form's input is kept on the device (or, once it matched the stored check-in, its draft deleted). */
    'Save Succeeded': props<{ savedAt: string | null }>(),
    'Save Failed': props<{ error: string }>(),
  },
});
