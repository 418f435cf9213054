import { createReducer, on } from '@ngrx/store';
import { FieldIssue, TagsDbActions } from '../../check-in';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import { draftFromEntry, emptyJournalDraft, JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { JournalField, validateJournalDraft } from '../domain/journal-entry-rules';
import { JournalDbActions } from './journal-db.actions';
import { JournalEditorActions } from './journal-editor.actions';

export interface JournalEditorState {
  open: AsyncStatus;
  /** The entry as stored, for an edit; null for a new entry. */
  stored: JournalEntry | null;
  draft: JournalDraft | null;
  /** When the draft restored on opening was autosaved, or null if nothing was restored. */
  restoredFrom: string | null;
  autosave: AsyncStatus;
  lastAutosavedAt: string | null;
  save: AsyncStatus;
  discard: AsyncStatus;
  issues: FieldIssue<JournalField>[];
  tagError: string | null;
}

export const initialEditorState: JournalEditorState = {
  open: IDLE,
  stored: null,
  draft: null,
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
  on(JournalDbActions.editorLoadSucceeded, (state, { entry, draft, restoredFrom }): JournalEditorState => ({
    ...state,
    open: { status: 'success', error: null },
    stored: entry,
    draft,
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
  on(JournalEditorActions.saveClicked, (state): JournalEditorState => {
    if (state.save.status === 'loading') return state;
    const issues = state.draft ? validateJournalDraft(state.draft) : [];
    return { ...state, issues, save: issues.length > 0 || !state.draft ? IDLE : { status: 'loading', error: null } };
  }),
  on(JournalDbActions.entrySaveSucceeded, (state, { entry }): JournalEditorState => ({
    ...state,
    stored: entry,
    draft: draftFromEntry(entry),
    restoredFrom: null,
    lastAutosavedAt: null,
    save: { status: 'success', error: null },
  })),
  on(JournalDbActions.entrySaveFailed, (state, { error }): JournalEditorState => ({ ...state, save: { status: 'error', error } })),
  on(JournalEditorActions.discardClicked, (state): JournalEditorState => ({
    ...state,
    draft: state.stored ? draftFromEntry(state.stored) : emptyJournalDraft(state.draft?.promptId ?? null),
    restoredFrom: null,
    lastAutosavedAt: null,
    discard: { status: 'loading', error: null },
    issues: [],
  })),
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
