import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInPreferences } from '../domain/check-in-preferences';

export const CheckInsDbActions = createActionGroup({
  source: 'Check-ins DB',
  events: {
    'Load Requested': emptyProps(),
    /**
     * The check-ins from `since` on: enough for Today. When older ones are stored (`olderStored`),
     * they follow in `Older Loaded`.
     */
    'Recent Loaded': props<{ since: string; checkIns: CheckIn[]; olderStored: boolean; tags: Tag[]; preferences: CheckInPreferences }>(),
    'Older Loaded': props<{ checkIns: CheckIn[] }>(),
    /** A page needs the older check-ins: read them now, not once the app is quiet. */
    'Older Needed': emptyProps(),
    'Load Failed': props<{ error: string }>(),
    'Save Succeeded': props<{ checkIn: CheckIn; newTags: Tag[] }>(),
    'Save Failed': props<{ error: string }>(),
    /** The save found `day`'s check-in changed since its form opened (now `theirs`; null: gone), and wrote nothing. */
    'Save Conflicted': props<{ day: string; theirs: CheckIn | null }>(),
    /** Another tab wrote these check-ins and tags, or deleted the check-ins of `removedDays`. */
    'Changed Elsewhere': props<{ checkIns: CheckIn[]; removedDays: string[]; tags: Tag[] }>(),
  },
});
