import { createSelector } from '@ngrx/store';
import { CheckIn } from '../domain/check-in';
import { checkInFeature } from './check-in.feature';

export interface CheckInFormStart {
  /** The check-in already saved for the day, if any. */
  existing: CheckIn | null;
  /** The most recent check-in before the day: the form offers to repeat its sleep and work. */
  previous: CheckIn | null;
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
      // `all` is sorted by day, so the last one before `day` is the most recent previous check-in.
      const previous = all.filter((checkIn) => checkIn.day < day).at(-1) ?? null;
      // A day already checked in opens at once; the suggestion then waits for the older check-ins.
      if (!previous && since !== null && !existing) return null;
      return { existing, previous };
    },
  );
