import { Rating } from '../../check-in/domain';
import { JournalEntry } from './journal-entry';

/** What the editor holds between autosaves: a new entry (entryId null) or an edit of one. */
export interface JournalDraft {
  entryId: string | null;
  text: string;
  mood: Rating | null;
  tagIds: string[];
  promptId: string | null;
  /** When the draft itself was last autosaved (ISO), or null if never. */
  savedAt: string | null;
  /** The `updatedAt` of the version of the entry an edit started from; absent where unknown. */
  basedOn?: string;
}

export function emptyJournalDraft(promptId: string | null = null): JournalDraft {
  return { entryId: null, text: '', mood: null, tagIds: [], promptId, savedAt: null };
}

export function draftFromEntry(entry: JournalEntry): JournalDraft {
  return {
    entryId: entry.id,
    text: entry.text,
    mood: entry.mood,
    tagIds: [...entry.tagIds],
    promptId: entry.promptId,
    savedAt: null,
    basedOn: entry.updatedAt,
  };
}

/** Whether the edits in `draft` were made to an older version of `entry` than the one stored now. */
export function isDraftOutdated(draft: JournalDraft, entry: JournalEntry | null): boolean {
  return entry !== null && draft.basedOn !== undefined && draft.basedOn !== entry.updatedAt;
}

export function markDraftSaved(draft: JournalDraft, now: Date): JournalDraft {
  return { ...draft, savedAt: now.toISOString() };
}

/**
 * Whether leaving now would lose something: the draft differs from the stored entry, or, for a
 * new entry, holds anything the user wrote or chose. Choosing a prompt alone is not writing.
 */
export function isDraftDirty(draft: JournalDraft, stored: JournalEntry | null): boolean {
  if (stored === null) {
    return draft.text.trim() !== '' || draft.mood !== null || draft.tagIds.length > 0;
  }
  return (
    draft.text !== stored.text ||
    draft.mood !== stored.mood ||
    draft.promptId !== stored.promptId ||
    !sameMembers(draft.tagIds, stored.tagIds)
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
