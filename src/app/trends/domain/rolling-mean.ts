import { DailyPoint } from './daily-series';

/**
 * A trailing mean needs at least this many of its days to hold a check-in: 4 of 7 means most
 * of the week is there, so one or two odd days cannot stand in for a week that was not logged.
 */
export const ROLLING_MIN_VALUES = 4;

/**
 * Trailing mean over calendar days: the point for day D averages the non-null values of days
 * D − (days − 1) … D, and is `null` when fewer than `minValues` of those days have a value.
 * Windows are counted in calendar days, not points, so it is correct even on a series with days
 * missing. O(n): a running sum enters each point once and leaves it once.
 */
export function rollingMean(
  series: readonly DailyPoint[],
  days = 7,
  minValues = Math.min(ROLLING_MIN_VALUES, days),
): DailyPoint[] {
  const result: DailyPoint[] = [];
  let sum = 0;
  let count = 0;
  let tail = 0;
  for (const point of series) {
    if (point.value !== null) {
      sum += point.value;
      count++;
    }
    let leaving = series[tail];
    while (leaving && leaving.epochDay <= point.epochDay - days) {
      if (leaving.value !== null) {
        sum -= leaving.value;
        count--;
      }
      leaving = series[++tail];
    }
    result.push({
      day: point.day,
      epochDay: point.epochDay,
      value: count >= minValues ? sum / count : null,
    });
  }
  return result;
}
