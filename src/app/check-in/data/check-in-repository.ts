import { inject, Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { CheckIn, Tag } from '../domain/check-in';
import { TagRepository } from './tag-repository';

/** Check-ins keyed by their shift-aware local day. */
@Injectable({ providedIn: 'root' })
export class CheckInRepository extends Repository<CheckIn, string> {
  protected readonly storeName = 'checkins';
  private readonly tags = inject(TagRepository);

  protected keyOf(checkIn: CheckIn): string {
    return checkIn.day;
  }

  /** Two tabs may edit one day's check-in: a save checks it is still the one its form opened. */
  protected override revisionOf(checkIn: CheckIn): string {
    return checkIn.updatedAt;
  }

  /** The check-ins from `day` on: the recent weeks Today shows, without the years before them. */
  since(day: string): Promise<CheckIn[]> {
    return this.getAllIn(IDBKeyRange.lowerBound(day));
  }

  /**
   * Every check-in before `day`, read `batchSize` at a time: each read's records arrive as their
   * own task, so ten years of them never hold the page for long.
   */
  async before(day: string, batchSize = 500): Promise<CheckIn[]> {
    const older: CheckIn[] = [];
    let range = IDBKeyRange.upperBound(day, true);
    for (;;) {
      const batch = await this.getAllIn(range, batchSize);
      older.push(...batch);
      if (batch.length < batchSize) return older;
      range = IDBKeyRange.bound(batch[batch.length - 1].day, day, true, true);
    }
  }

  /** Whether any check-in is stored before `day`: one key read, where every key costs as much as the records. */
  async hasBefore(day: string): Promise<boolean> {
    return (await this.keys(IDBKeyRange.upperBound(day, true), 1)).length > 0;
  }

  /** A check-in and the tags first made for it, in one transaction: both land, or neither. */
  async saveWithNewTags(checkIn: CheckIn, newTags: readonly Tag[]): Promise<void> {
    const tagOps = await Promise.all(newTags.map((tag) => this.tags.putOp(tag)));
    await this.database.commit([...tagOps, await this.putOp(checkIn)]);
    this.noteSaved();
  }
}
