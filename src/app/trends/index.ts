// The trends feature's public surface: other features import from here only. Nothing here
// imports chart.js, so Today can show the weekly summary without the chart chunk.
import { trendsFeature } from './state/trends.feature';

export { provideTrendsState } from './state/provide-trends-state';
export type { WeeklySummary, WeeklyComparison, PeriodMean } from './domain';
/** This week's mood against the four weeks before, in words (`sentence`); null until check-ins load. */
export const { selectWeeklySummary } = trendsFeature;
