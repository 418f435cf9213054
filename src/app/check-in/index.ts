// The check-in feature's public surface: other features import from here only.
export * from './domain/check-in';
export * from './domain/calendar-day';
export * from './domain/check-in-day';
export * from './domain/check-in-draft';
export * from './domain/check-in-factory';
export * from './domain/check-in-csv';
export * from './domain/csv';
export * from './domain/daily-reminder-ics';
export * from './domain/rating-labels';
export * from './domain/recent-days';
export * from './domain/result';
export * from './domain/streak';
export * from './domain/tag-usage';
export * from './domain/tags';
export { CheckInRepository } from './data/check-in-repository';
export { TagRepository } from './data/tag-repository';
export * from './domain/check-in-preferences';
export { CheckInPreferencesRepository } from './data/check-in-preferences-repository';
// State and a presentational piece for Today and Trends.
export { provideCheckInState } from './state/provide-check-in-state';
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
  selectIsLoaded: selectCheckInsLoaded,
  selectToday: selectCheckInToday,
  selectAllTags: selectCheckInTags,
  selectTagUsage,
} = checkInFeature;
export { RecentDaysStrip } from './ui/recent-days-strip';
