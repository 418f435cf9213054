// The check-in feature's public surface: other features import from here only.
export * from './domain';
export { CheckInRepository } from './data/check-in-repository';
export { TagRepository } from './data/tag-repository';
export { CheckInPreferencesRepository } from './data/check-in-preferences-repository';
// State and a presentational piece for Today and Trends.
export { provideCheckInState } from './state/provide-check-in-state';
export { loadEveryCheckIn, loadOlderCheckInsWhen } from './state/load-every-check-in';
import { checkInFeature } from './state/check-in.feature';

export { checkInFeature };
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
