import { draftFromEntry, emptyJournalDraft, isDraftDirty, JournalDraft } from './journal-draft';
import { JournalEntry } from './journal-entry';

export interface EditorStart {
  entry: JournalEntry | null;
  draft: JournalDraft;
  /** When the restored draft was autosaved; null when the editor starts from the entry. */
  restoredFrom: string | null;
}

/**
 * What the editor opens with: a draft left from before (a reload, a crash, a closed tab) whenever
 * it holds something the entry does not, else the entry itself, else an empty page. A prompt
 * chosen now is kept unless the restored draft already answers one.
 */
export function startEditing(
  entry: JournalEntry | null,
  saved: JournalDraft | null,
  promptId: string | null,
): EditorStart {
  if (saved !== null && isDraftDirty(saved, entry)) {
    const draft = { ...saved, entryId: entry?.id ?? null, promptId: saved.promptId ?? (entry ? null : promptId) };
    return { entry, draft, restoredFrom: saved.savedAt };
  }
  return { entry, draft: entry ? draftFromEntry(entry) : emptyJournalDraft(promptId), restoredFrom: null };
}
