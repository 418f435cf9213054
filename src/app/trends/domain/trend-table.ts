import { BucketKind } from './aggregate';
import { formatForDisplay } from './display-number';

/** A chart's table alternative: plain strings, ready for a generic accessible table. */
export interface TrendTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** What the table needs of a point; values already rounded for display. */
export interface TableSource {
  label: string;
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

const PERIOD_HEADINGS: Record<BucketKind, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
};

/**
 * Days read "value | 7-day average"; longer buckets read "check-ins | average | lowest | highest".
 * `rolling` is aligned with `points` and only given for days.
 */
export function trendTable(
  caption: string,
  valueHeading: string,
  kind: BucketKind,
  points: readonly TableSource[],
  rolling: readonly (number | null)[] | null,
): TrendTable {
  if (kind === 'day') {
    return {
      caption,
      columns: ['Day', valueHeading, '7-day average'],
      rows: points.map((p, i) => [p.label, formatForDisplay(p.mean), formatForDisplay(rolling?.[i] ?? null)]),
    };
  }
  return {
    caption,
    columns: [PERIOD_HEADINGS[kind], 'Check-ins', 'Average', 'Lowest', 'Highest'],
    rows: points.map((p) => [
      p.label,
      String(p.n),
      formatForDisplay(p.mean),
      formatForDisplay(p.min),
      formatForDisplay(p.max),
    ]),
  };
}
