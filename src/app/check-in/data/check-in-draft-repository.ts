import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { WriteOp } from '../../core/db/tend-database';
import { readStoredCheckInDraft, StoredCheckInDraft } from '../domain/stored-check-in-draft';

/** The drafts-store key of the check-in form's unsaved input for `day`. */
export function checkInDraftKey(day: string): string {
  return `check-in:${day}`;
}

/** The check-in form's unsaved input, in the shared `drafts` store under "check-in:<day>". */
@Injectable({ providedIn: 'root' })
export class CheckInDraftRepository extends Repository<StoredCheckInDraft, string> {
  protected readonly storeName = 'drafts';

  protected keyOf(draft: StoredCheckInDraft): string {
    return checkInDraftKey(draft.day);
  }

  /** The draft left for `day`; null when there is none, or none that can be read. */
  async load(day: string): Promise<StoredCheckInDraft | null> {
    return readStoredCheckInDraft(await this.get(checkInDraftKey(day)), day);
  }

  discardOp(day: string): WriteOp {
    return this.deleteOp(checkInDraftKey(day));
  }
}
