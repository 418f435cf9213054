import { inject, Injectable } from '@angular/core';
import { WriteOp } from '../../core/db/tend-database';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInRepository } from './check-in-repository';
import { TagRepository } from './tag-repository';

/** What an import must not duplicate: the days that already have a check-in, and every tag. */
export interface CheckInsHeld {
  days: string[];
  tags: Tag[];
}

/**
 * The check-in stores' side of an import that writes several features' stores in one transaction.
 * The importer commits these writes with its own in `TendDatabase.commit`; they are prepared here,
 * by the check-in repositories, so the `checkins` and `tags` stores are still keyed and encoded by
 * their owner alone. The importer then announces the import with an action the check-in state takes in.
 */
@Injectable({ providedIn: 'root' })
export class CheckInImportPort {
  private readonly checkIns = inject(CheckInRepository);
  private readonly tags = inject(TagRepository);

  async held(): Promise<CheckInsHeld> {
    const [days, tags] = await Promise.all([this.checkIns.keys(), this.tags.getAll()]);
    return { days, tags };
  }

  writes(checkIns: readonly CheckIn[], newTags: readonly Tag[]): Promise<WriteOp[]> {
    return Promise.all([...newTags.map((tag) => this.tags.putOp(tag)), ...checkIns.map((checkIn) => this.checkIns.putOp(checkIn))]);
  }
}
