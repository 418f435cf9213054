// The check-in feature's pure TypeScript surface, for other features' domain code: it pulls in no
// Angular, no store and no IndexedDB. The feature's index.ts adds those for pages and effects.
// Today reaches this file, and the bundler loads every module it names with Today's: so the file
// writers and the form's rules are not here. Other features import `./check-in-csv` directly; the
// form (`./check-in-draft`, `./check-in-factory`) and the reminder's calendar file
// (`./daily-reminder-ics`) are the check-in pages' own.
export * from './check-in';
// Calendar arithmetic is shared/time/calendar-day's; other features use these four with the check-in domain.
export { addDays, daysBetween, daysEndingOn, isCalendarDay } from '../../shared/time/calendar-day';
export * from './check-in-day';
export * from './rating-labels';
export * from './recent-days';
export * from './result';
export * from './streak';
export * from './tag-usage';
export * from './tags';
export * from './check-in-preferences';
