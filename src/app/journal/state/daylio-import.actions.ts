import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Rating } from '../../check-in';
import type { DaylioImportPreview } from '../domain/daylio/daylio-import';

export const DaylioImportActions = createActionGroup({
  source: 'Daylio Import',
  events: {
    Opened: emptyProps(),
    'File Chosen': props<{ fileName: string; text: string }>(),
    'File Unreadable': props<{ fileName: string; error: string }>(),
    'Moods Mapped': props<{ customMoods: Record<string, Rating> }>(),
    'Import Confirmed': emptyProps(),
  },
});

/** The chosen file read against what is stored: a preview of what an import would add, or why there is none. */
export const DaylioPreviewActions = createActionGroup({
  source: 'Daylio Preview',
  events: {
    /** How far the file has been read, 0 to 1. */
    Progressed: props<{ fraction: number }>(),
    Succeeded: props<{ preview: DaylioImportPreview }>(),
    /** The file cannot be imported; the error says why, in the user's words. */
    Rejected: props<{ error: string }>(),
    Failed: props<{ error: string }>(),
  },
});
