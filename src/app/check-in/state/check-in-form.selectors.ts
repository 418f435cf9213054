import { createSelector } from '@ngrx/store';
import { CheckIn } from '../domain/check-in';
import { CheckInDraft, defaultCheckInDraft, draftFromCheckIn } from '../domain/check-in-draft';
import { checkInFeature } from './check-in.feature';

export interface CheckInFormStart {
  /** The check-in already saved for the day, if any. */
  existing: CheckIn | null;
  /** What the form starts with: the saved check-in, or defaults that repeat the one before. */
  draft: CheckInDraft;
}

/**
 * Null while what the form starts from is still being read: the day itself, or the check-in before
 * it, may be older than the recent weeks read first.
 */
export const selectCheckInFormStart = (day: string) =>
  createSelector(
    checkInFeature.selectRecentLoad,
    checkInFeature.selectRecentSince,
    checkInFeature.selectCheckInEntities,
    checkInFeature.selectAllCheckIns,
    (recentLoad, since, byDay, all): CheckInFormStart | null => {
      if (recentLoad.status !== 'success' || (since !== null && day < since)) return null;
      // The day comes from the address, and an entity dictionary is a plain object with a prototype.
      const existing = (Object.hasOwn(byDay, day) ? byDay[day] : undefined) ?? null;
      if (existing) return { existing, draft: draftFromCheckIn(existing) };
      // `all` is sorted by day, so the last one before `day` is the most recent previous check-in.
      const previous = all.filter((checkIn) => checkIn.day < day).at(-1) ?? null;
      if (!previous && since !== null) return null;
      return { existing: null, draft: defaultCheckInDraft(previous) };
    },
  );
