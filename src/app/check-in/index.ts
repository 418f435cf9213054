// The check-in feature's public surface: other features import from here only, or from the
// entry points beside it (./tag-writes, ./import-port, ./domain/check-in-csv, ./domain/check-in-day-rule).
export * from './domain';
// State and a presentational piece for Today and Trends. Never a repository: only this feature
// writes its stores, and other features dispatch its actions.
export { provideCheckInState } from './state/provide-check-in-state';
export { loadEveryCheckIn, loadOlderCheckInsWhen } from './state/load-every-check-in';
import { checkInFeature } from './state/check-in.feature';

export { checkInFeature };
export { TagsDbActions } from './state/tags-db.actions';
export type { CheckInState, CheckInClock } from './state/check-in.feature';
export const {
  selectAllCheckIns,
  selectTodayCheckIn,
  selectRecentDays,
  selectReminder,
  selectReminderDue,
  selectStreakLabel,
  selectStreakKnown,
  selectIsLoaded: selectCheckInsLoaded,
  selectRecentLoaded: selectRecentCheckInsLoaded,
  selectRecentSince: selectCheckInsRecentSince,
  selectToday: selectCheckInToday,
  selectAllTags: selectCheckInTags,
  selectTagUsage,
} = checkInFeature;
export { RecentDaysStrip } from './ui/recent-days-strip';
