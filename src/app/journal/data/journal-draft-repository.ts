import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { JournalDraft } from '../domain/journal-draft';

/** The drafts-store key of the editor for a new entry (null) or for an edit of one entry. */
export function journalDraftKey(entryId: string | null): string {
  return `journal:${entryId ?? 'new'}`;
}

/** The journal's unsaved editor input, one draft per entry being written or edited. */
@Injectable({ providedIn: 'root' })
export class JournalDraftRepository extends Repository<JournalDraft, string> {
  protected readonly storeName = 'drafts';

  protected keyOf(draft: JournalDraft): string {
    return journalDraftKey(draft.entryId);
  }
}
