import { Action } from '@ngrx/store';
import { ChangedKeys } from '../../core/db/database-changes';
import { errorMessage } from '../../shared/async-status';
import { CheckInRepository } from '../data/check-in-repository';
import { TagRepository } from '../data/tag-repository';
import { CheckInsDbActions } from './check-ins-db.actions';

/**
 * The check-ins and tags another tab wrote, read again; a write too large to list is read again
 * like a fresh start. Loaded only when another tab writes, so the first screen carries none of it.
 */
export async function rereadChanged({ checkins: days = [], tags: tagIds = [] }: ChangedKeys, checkIns: CheckInRepository, tags: TagRepository): Promise<Action> {
  if (!days || !tagIds) return CheckInsDbActions.loadRequested();
  try {
    const stored = await Promise.all(days.map((day) => checkIns.get(day as string)));
    const storedTags = await Promise.all(tagIds.map((id) => tags.get(id as string)));
    return CheckInsDbActions.changedElsewhere({
      checkIns: stored.filter((checkIn) => checkIn !== undefined),
      removedDays: days.filter((_, i) => !stored[i]) as string[],
      tags: storedTags.filter((tag) => tag !== undefined),
    });
  } catch (error) {
    return CheckInsDbActions.loadFailed({ error: errorMessage(error) });
  }
}
