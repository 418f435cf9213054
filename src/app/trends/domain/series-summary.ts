import { extent, mean } from './basic-stats';
import { formatForDisplay } from './display-number';

export type TrendDirection = 'up' | 'down' | 'flat';

/** Fewer values than this give no trend: the rule below needs two values in each third. */
export const TREND_MIN_VALUES = 6;

/**
 * The trend rule: compare the mean of the first third of the values (in time order) with the
 * mean of the last third, each third ⌊n / 3⌋ values long. A difference smaller than
 * `similarWithin` is flat. Thirds of the values rather than of calendar time, so a month with
 * check-ins only at its end still compares like with like.
 */
export function trendDirection(
  values: readonly number[],
  similarWithin: number,
): TrendDirection | null {
  if (values.length < TREND_MIN_VALUES) return null;
  const third = Math.floor(values.length / 3);
  const difference = mean(values.slice(-third)) - mean(values.slice(0, third));
  if (Math.abs(difference) < similarWithin) return 'flat';
  return difference > 0 ? 'up' : 'down';
}

export interface SeriesDescription {
  /** Starts the sentence: "Mood", "WHO-5 well-being score". */
  subject: string;
  /** "the last 30 days", "all time". */
  period: string;
  /** Singular and plural of what a value is: ['check-in', 'check-ins']. */
  noun: readonly [string, string];
  /** Appended to each number: "hours". */
  unit?: string | null;
  /** For {@link trendDirection}. */
  similarWithin: number;
}

const TREND_WORDS: Record<TrendDirection, string> = {
  up: 'trending up',
  down: 'trending down',
  flat: 'steady',
};

/**
 * The visually hidden sentence a chart carries, e.g. "Mood over the last 30 days: 24 check-ins,
 * average 3.6, lowest 2, highest 5, trending up."
 */
export function describeSeries(values: readonly number[], about: SeriesDescription): string {
  const opening = `${about.subject} over ${about.period}:`;
  const [one, many] = about.noun;
  const show = (value: number): string =>
    about.unit ? `${formatForDisplay(value)} ${about.unit}` : formatForDisplay(value);
  if (values.length === 0) return `${opening} no ${many}.`;
  if (values.length === 1) return `${opening} 1 ${one}, ${show(values[0])}; too few to show a trend.`;
  const { min, max } = extent(values);
  const stats = `${values.length} ${many}, average ${show(mean(values))}, lowest ${show(min)}, highest ${show(max)}`;
  const direction = trendDirection(values, about.similarWithin);
  return direction === null
    ? `${opening} ${stats}; too few to show a trend.`
    : `${opening} ${stats}, ${TREND_WORDS[direction]}.`;
}
