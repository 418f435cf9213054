import { inject, Injectable } from '@angular/core';
import { CheckIn, Tag } from '../domain/check-in';
import { StoredCheckInDraft } from '../domain/stored-check-in-draft';
import { checkInDraftKey, CheckInDraftRepository } from './check-in-draft-repository';
import { CheckInRepository } from './check-in-repository';

/**
 * The check-in form's reads and writes. Writes run one after another, in the order asked, so an
 * autosave queued just before a save never lands after it and brings back the draft it deleted.
 */
@Injectable({ providedIn: 'root' })
export class CheckInFormPersistence {
  private readonly checkIns = inject(CheckInRepository);
  private readonly drafts = inject(CheckInDraftRepository);
  private queue: Promise<unknown> = Promise.resolve();

  /** Queued behind pending writes, so a draft autosaved a moment ago is the one read. */
  loadDraft(day: string): Promise<StoredCheckInDraft | null> {
    return this.inTurn(() => this.drafts.load(day));
  }

  saveDraft(draft: StoredCheckInDraft): Promise<void> {
    return this.inTurn(async () => void (await this.drafts.put(draft)));
  }

  discardDraft(day: string): Promise<void> {
    return this.inTurn(() => this.drafts.delete(checkInDraftKey(day)));
  }

  /** The check-in with its new tags, and the end of its draft: see `CheckInRepository.saveWithNewTags`. */
  saveCheckIn(checkIn: CheckIn, newTags: readonly Tag[], opened: CheckIn | null): Promise<void> {
    return this.inTurn(() => this.checkIns.saveWithNewTags(checkIn, newTags, opened, [this.drafts.discardOp(checkIn.day)]));
  }

  /** The stored check-in of `day` now, or null. */
  async storedCheckIn(day: string): Promise<CheckIn | null> {
    return (await this.checkIns.get(day)) ?? null;
  }

  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const result = this.queue.then(write);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
