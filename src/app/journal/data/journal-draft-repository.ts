import { Injectable } from '@angular/core';
import { Repository, StoredRecord } from '../../core/db/repository';
import { JournalDraft } from '../domain/journal-draft';

/** A draft as the drafts store keeps it: under the key of the editor that wrote it. */
export interface KeptJournalDraft extends JournalDraft {
  key: string;
}

function draftKeyBase(entryId: string | null): string {
  return `journal:${entryId ?? 'new'}`;
}

/**
 * The drafts-store key of one editor's draft: of a new entry (entryId null) or of an edit of one
 * entry, and of that editor alone, so that two editors never write over each other's words.
 */
export function journalDraftKey(entryId: string | null, editorId: string): string {
  return `${draftKeyBase(entryId)}:${editorId}`;
}

/**
 * Whether `key` is a draft of a new entry (entryId null) or of an edit of that entry, by any
 * editor. A bare `journal:new` or `journal:<id>`, with no editor id, counts too: no editor holds
 * it, so the next editor of that entry takes it over.
 */
export function isJournalDraftKeyOf(key: string, entryId: string | null): boolean {
  const base = draftKeyBase(entryId);
  return key === base || (key.startsWith(`${base}:`) && !key.includes(':', base.length + 1));
}

/** The journal's unsaved editor input, one draft per open (or once open) editor. */
@Injectable({ providedIn: 'root' })
export class JournalDraftRepository extends Repository<KeptJournalDraft, string> {
  protected readonly storeName = 'drafts';

  protected keyOf(draft: KeptJournalDraft): string {
    return draft.key;
  }

  /** Every draft of a new entry (entryId null) or of an edit of that entry, whichever editor wrote it. */
  async draftsOf(entryId: string | null): Promise<KeptJournalDraft[]> {
    const base = draftKeyBase(entryId);
    const drafts = await this.getAllIn(IDBKeyRange.bound(base, `${base}:\uffff`));
    return drafts.filter((draft) => isJournalDraftKeyOf(draft.key, entryId) && draft.entryId === entryId);
  }

  protected override async decode(stored: StoredRecord): Promise<KeptJournalDraft> {
    return { ...(await super.decode(stored)), key: stored.k as string };
  }
}
