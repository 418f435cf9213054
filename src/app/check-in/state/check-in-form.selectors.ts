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

export const selectCheckInFormStart = (day: string) =>
  createSelector(checkInFeature.selectCheckInEntities, checkInFeature.selectAllCheckIns, (byDay, all): CheckInFormStart => {
    const existing = byDay[day] ?? null;
    if (existing) return { existing, draft: draftFromCheckIn(existing) };
    // `all` is sorted by day, so the last one before `day` is the most recent previous check-in.
    const previous = all.filter((checkIn) => checkIn.day < day).at(-1) ?? null;
    return { existing: null, draft: defaultCheckInDraft(previous) };
  });
