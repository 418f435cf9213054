import { createReducer, on } from '@ngrx/store';
import { FieldIssue, TagsDbActions } from '../../check-in';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import { draftFromEntry, isDraftOutdated, JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { JournalField, validateJournalDraft } from '../domain/journal-entry-rules';
import { JournalDbActions } from './journal-db.actions';
import { JournalEditorActions } from './journal-editor.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { discardEdits, resolveSaveConflict, startSave, takeInEntryElsewhere } from './journal-editor-changes';

export interface JournalEditorState {
  open: AsyncStatus;
  /** The entry as stored, for an edit; null for a new entry. */
  stored: JournalEntry | null;
  /**
   * What a save expects to find stored under the entry's id (null: nothing), so that it never
   * writes over another tab's save: `stored`, or null once the user chose to save an entry another
   * tab deleted.
   */
  expected: JournalEntry | null;
  draft: JournalDraft | null;
  /** Where this editor keeps its draft, once open. */
  draftKey: string | null;
  /** A save found the entry saved (theirs) or deleted (null) in another tab; the user chooses. */
  conflict: { theirs: JournalEntry | null } | null;
  /** Another tab saved or deleted the entry while it was open here. */
  elsewhere: EditedElsewhere | null;
  /** When the draft restored on opening was autosaved, or null if nothing was restored. */
  restoredFrom: string | null;
  autosave: AsyncStatus;
  lastAutosavedAt: string | null;
  save: AsyncStatus;
  discard: AsyncStatus;
  issues: FieldIssue<JournalField>[];
  tagError: string | null;
}

export interface EditedElsewhere {
  /** The entry as the other tab left it; null if it deleted it. */
  latest: JournalEntry | null;
  /** Whether this editor kept its unsaved edits over it, rather than showing it. */
  keptMine: boolean;
}

export const initialEditorState: JournalEditorState = {
  open: IDLE,
  stored: null,
  expected: null,
  draft: null,
  draftKey: null,
  conflict: null,
  elsewhere: null,
  restoredFrom: null,
  autosave: IDLE,
  lastAutosavedAt: null,
  save: IDLE,
  discard: IDLE,
  issues: [],
  tagError: null,
};

export const editorReducer = createReducer(
  initialEditorState,
  on(JournalEditorActions.opened, (): JournalEditorState => ({ ...initialEditorState, open: { status: 'loading', error: null } })),
  on(JournalDbActions.editorLoadSucceeded, (state, { entry, draft, restoredFrom, draftKey }): JournalEditorState => ({
    ...state,
    open: { status: 'success', error: null },
    stored: entry,
    expected: entry,
    draft,
    draftKey,
    // A draft left behind over an older version asks what to keep, as a save would.
    conflict: isDraftOutdated(draft, entry) ? { theirs: entry } : null,
    restoredFrom,
    lastAutosavedAt: restoredFrom,
  })),
  on(JournalDbActions.editorLoadFailed, (state, { error }): JournalEditorState => ({ ...state, open: { status: 'error', error } })),
  on(JournalEditorActions.draftChanged, (state, { draft }): JournalEditorState => ({
    ...state,
    draft,
    // A message about a field goes once the field changes; the next save checks again.
    issues: state.issues.length > 0 ? validateJournalDraft(draft) : [],
  })),
  on(JournalDbActions.draftAutosaveSucceeded, (state, { savedAt }): JournalEditorState => ({
    ...state,
    autosave: { status: 'success', error: null },
    lastAutosavedAt: savedAt,
  })),
  on(JournalDbActions.draftAutosaveFailed, (state, { error }): JournalEditorState => ({ ...state, autosave: { status: 'error', error } })),
  on(JournalEditorActions.saveClicked, (state): JournalEditorState => startSave(state)),
  on(JournalEditorActions.saveConflictResolved, (state, { keep }): JournalEditorState => resolveSaveConflict(state, keep)),
  on(JournalDbActions.entrySaveSucceeded, (state, { entry }): JournalEditorState => ({
    ...state,
    stored: entry,
    expected: entry,
    conflict: null,
    elsewhere: null,
    draft: draftFromEntry(entry),
    restoredFrom: null,
    lastAutosavedAt: null,
    save: { status: 'success', error: null },
  })),
  on(JournalDbActions.entrySaveFailed, (state, { error }): JournalEditorState => ({ ...state, save: { status: 'error', error } })),
  on(JournalDbActions.entrySaveConflicted, (state, { theirs }): JournalEditorState => ({ ...state, save: IDLE, conflict: { theirs } })),
  on(JournalElsewhereActions.entriesChanged, (state, { entries, removedIds }): JournalEditorState => {
    const id = state.stored?.id;
    const latest = entries.find((entry) => entry.id === id) ?? (id !== undefined && removedIds.includes(id) ? null : undefined);
    return latest === undefined ? state : takeInEntryElsewhere(state, latest);
  }),
  on(JournalElsewhereActions.allEntriesChanged, (state, { entries }): JournalEditorState =>
    state.stored ? takeInEntryElsewhere(state, entries.find((entry) => entry.id === state.stored?.id) ?? null) : state,
  ),
  on(JournalEditorActions.discardClicked, (state): JournalEditorState => discardEdits(state)),
  on(JournalDbActions.draftDiscardSucceeded, (state): JournalEditorState => ({ ...state, discard: { status: 'success', error: null } })),
  on(JournalDbActions.draftDiscardFailed, (state, { error }): JournalEditorState => ({ ...state, discard: { status: 'error', error } })),
  on(JournalEditorActions.tagCreated, (state, { tag }): JournalEditorState => ({
    ...state,
    draft: state.draft && { ...state.draft, tagIds: [...state.draft.tagIds, tag.id] },
    tagError: null,
  })),
  // The check-in feature could not store a tag this draft was given: it comes off again, with why.
  on(TagsDbActions.saveFailed, (state, { tagId, error }): JournalEditorState =>
    state.draft?.tagIds.includes(tagId)
      ? { ...state, draft: { ...state.draft, tagIds: state.draft.tagIds.filter((id) => id !== tagId) }, tagError: error }
      : state,
  ),
);
