import { Rating, RATING_SCALES, ratingLabel, RatingScale } from '../../check-in/domain';
import { mean } from './basic-stats';
import { CheckInIndex } from './check-in-index';
import { CheckInMetric, METRIC_DEFINITIONS } from './check-in-metric';
import { dailySeries, presentValues } from './daily-series';
import { formatForDisplay, roundForDisplay } from './display-number';
import { mondayOf, toDay, toEpochDay } from '../../shared/time/calendar-day';
import { DayWindow } from './trend-range';

/** This week needs two check-ins to be compared: one day is not a week's average. */
export const MIN_THIS_WEEK = 2;
/** The previous four weeks need seven check-ins (one a week and a few more) to be a baseline. */
export const MIN_PREVIOUS_WEEKS = 7;

export type WeeklyComparison = 'higher' | 'a little higher' | 'about the same' | 'a little lower' | 'lower';

export interface PeriodMean {
  window: DayWindow;
  n: number;
  /** Rounded for display. */
  mean: number | null;
}

export interface WeeklySummary {
  metric: CheckInMetric;
  /** Monday to today. */
  thisWeek: PeriodMean;
  /** The 28 days before this Monday. */
  previous: PeriodMean;
  /** `null` when there is too little data to compare. */
  comparison: WeeklyComparison | null;
  sentence: string;
}

function periodMean(index: CheckInIndex, metric: CheckInMetric, window: DayWindow): PeriodMean {
  const values = presentValues(dailySeries(index, metric, window));
  return { window, n: values.length, mean: values.length ? roundForDisplay(mean(values)) : null };
}

/**
 * Compares the rounded means people will read: within the metric's `similarWithin` is about
 * the same, within twice that is a little higher or lower, beyond it higher or lower.
 */
export function compareMeans(current: number, baseline: number, similarWithin: number): WeeklyComparison {
  const difference = roundForDisplay(current - baseline);
  const size = Math.abs(difference);
  if (size < similarWithin) return 'about the same';
  const direction = difference > 0 ? 'higher' : 'lower';
  return size < 2 * similarWithin ? `a little ${direction}` : direction;
}

/** A mean as people read it: a rating by its label, "Low (2.3 of 5)"; hours as "6.5 hours". */
function valueText(metric: CheckInMetric, unit: string | null, value: number): string {
  const number = formatForDisplay(value);
  if (unit) return `${number} ${unit}`;
  return (RATING_SCALES as readonly string[]).includes(metric) ? `${ratingLabel(metric as RatingScale, Math.round(value) as Rating)} (${number} of 5)` : number;
}

/** This week (Monday to today) against the four weeks before it, in words, for the Today page. */
export function weeklySummary(index: CheckInIndex, metric: CheckInMetric, today: string): WeeklySummary {
  const { label, unit, similarWithin } = METRIC_DEFINITIONS[metric];
  const monday = mondayOf(toEpochDay(today));
  const thisWeek = periodMean(index, metric, { start: toDay(monday), end: today });
  const previous = periodMean(index, metric, { start: toDay(monday - 28), end: toDay(monday - 1) });
  const name = label.toLowerCase();
  const show = (value: number) => valueText(metric, unit, value);
  const averageOf = (n: number): string => (n === 1 ? 'from 1 check-in' : `average of ${n} check-ins`);
  const summary = (comparison: WeeklyComparison | null, sentence: string): WeeklySummary => ({
    metric,
    thisWeek,
    previous,
    comparison,
    sentence,
  });

  if (thisWeek.mean === null) {
    return summary(
      null,
      previous.mean === null
        ? `No ${name} check-ins this week or in the previous four weeks.`
        : `No ${name} check-ins yet this week. Over the previous four weeks: ${show(previous.mean)}, ` +
            `${averageOf(previous.n)}.`,
    );
  }
  if (thisWeek.n < MIN_THIS_WEEK) {
    return summary(
      null,
      `${label} this week so far: ${show(thisWeek.mean)}, from 1 check-in, too few to compare with the previous four weeks.`,
    );
  }
  const opening = `${label} this week: ${show(thisWeek.mean)}, ${averageOf(thisWeek.n)}`;
  if (previous.mean === null || previous.n < MIN_PREVIOUS_WEEKS) {
    return summary(null, `${opening}. The previous four weeks have too few check-ins (${previous.n}) to compare.`);
  }
  const comparison = compareMeans(thisWeek.mean, previous.mean, similarWithin);
  const relation = comparison === 'about the same' ? 'about the same as' : `${comparison} than`;
  return summary(comparison, `${opening}, ${relation} the previous four weeks: ${show(previous.mean)}.`);
}
