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

  /** A check-in and the tags first made for it, in one transaction: both land, or neither. */
  async saveWithNewTags(checkIn: CheckIn, newTags: readonly Tag[]): Promise<void> {
    const tagOps = await Promise.all(newTags.map((tag) => this.tags.putOp(tag)));
    await this.database.commit([...tagOps, await this.putOp(checkIn)]);
    this.noteSaved();
  }
}
