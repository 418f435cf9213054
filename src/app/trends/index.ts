// The trends feature's public surface: other features import from here only. Nothing here
// imports chart.js or the trends slice, so Today can show the weekly summary with neither.
export type { WeeklySummary, WeeklyComparison, PeriodMean } from './domain';
/** This week's mood against the four weeks before, in words (`sentence`); null until check-ins load. */
export { selectWeeklySummary } from './state/weekly-summary.selector';
