import { IDLE, LOADING } from '../../shared/async-status';
import { draftFromEntry, emptyJournalDraft, isDraftDirty } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { validateJournalDraft } from '../domain/journal-entry-rules';
import { keepBoth, SaveConflictChoice } from '../domain/journal-save-conflict';
import type { JournalEditorState } from './journal-editor.reducer';

/**
 * A save starts only once the draft passes the rules; else the problems are shown. While the user
 * has still to choose what to keep after a conflict, only that choice saves.
 */
export function startSave(state: JournalEditorState): JournalEditorState {
  if (state.save.status === 'loading' || state.conflict) return state;
  const issues = state.draft ? validateJournalDraft(state.draft) : [];
  return { ...state, issues, save: issues.length > 0 || !state.draft ? IDLE : LOADING };
}

/**
 * Mine and both are saved at once, checked against their version now; theirs drops the edits
 * here and shows their version. An entry deleted in another tab can be saved again (mine) or let
 * go (theirs).
 */
export function resolveSaveConflict(state: JournalEditorState, keep: SaveConflictChoice): JournalEditorState {
  if (!state.conflict || !state.draft) return state;
  const { theirs } = state.conflict;
  const settled: JournalEditorState = {
    ...state,
    stored: theirs ?? state.stored,
    expected: theirs,
    conflict: null,
    elsewhere: null,
  };
  if (keep === 'theirs') return discardEdits(settled);
  // The edits now stand over their version: a draft kept from here on is not asked about again.
  const mine = theirs ? { ...state.draft, basedOn: theirs.updatedAt } : state.draft;
  return startSave({ ...settled, draft: keep === 'both' && theirs ? keepBoth(theirs, mine) : mine });
}

/** Back to the entry as stored, or as another tab last saved it; a new entry starts empty. */
export function discardEdits(state: JournalEditorState): JournalEditorState {
  const latest = state.elsewhere?.latest;
  const base = latest ?? state.stored;
  return {
    ...state,
    stored: base,
    expected: latest ?? state.expected,
    elsewhere: latest ? null : state.elsewhere,
    draft: base ? draftFromEntry(base) : emptyJournalDraft(state.draft?.promptId ?? null),
    restoredFrom: null,
    lastAutosavedAt: null,
    discard: LOADING,
    issues: [],
  };
}

/**
 * Another tab saved (latest) or deleted (null) the entry open here. Without unsaved edits the
 * editor shows their version; with some, it keeps them and says so, and the next save asks what
 * to keep. Deleted, the entry stays on screen, and a save asks whether to put it back.
 */
export function takeInEntryElsewhere(state: JournalEditorState, latest: JournalEntry | null): JournalEditorState {
  if (state.open.status !== 'success' || !state.stored || !state.draft) return state;
  if (latest === null ? state.expected === null : latest.updatedAt === state.expected?.updatedAt) return state;
  if (state.conflict) return { ...state, conflict: { theirs: latest } };
  const editing = state.save.status === 'loading' || isDraftDirty(state.draft, state.stored);
  if (latest === null || editing) return { ...state, elsewhere: { latest, keptMine: latest !== null } };
  return { ...state, stored: latest, expected: latest, draft: draftFromEntry(latest), elsewhere: { latest, keptMine: false } };
}
