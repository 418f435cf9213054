import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Tag } from '../../check-in';
import { JournalDraft } from '../domain/journal-draft';
import { SaveConflictChoice } from '../domain/journal-save-conflict';

export const JournalEditorActions = createActionGroup({
  source: 'Journal Editor',
  events: {
    /** entryId null: a new entry, optionally answering a prompt. */
    Opened: props<{ entryId: string | null; promptId: string | null }>(),
    'Draft Changed': props<{ draft: JournalDraft }>(),
    'Tag Created': props<{ tag: Tag }>(),
    'Save Clicked': emptyProps(),
    'Discard Clicked': emptyProps(),
    /** After a save found the entry changed in another tab. */
    'Save Conflict Resolved': props<{ keep: SaveConflictChoice }>(),
    Closed: emptyProps(),
  },
});
