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

export const DaylioImportDbActions = createActionGroup({
  source: 'Daylio Import DB',
  events: {
    'Preview Succeeded': props<{ preview: DaylioImportPreview }>(),
    'Preview Rejected': props<{ error: string }>(),
    'Preview Failed': props<{ error: string }>(),
    'Import Succeeded': props<{ preview: DaylioImportPreview }>(),
    'Import Failed': props<{ error: string }>(),
  },
});
