import { bucketSeries, BucketKind, chooseBucketKind } from './aggregate';
import { CheckInIndex } from './check-in-index';
import { CheckInMetric, METRIC_DEFINITIONS } from './check-in-metric';
import { dailySeries, presentValues } from './daily-series';
import { roundForDisplay } from './display-number';
import { addDays, toEpochDay } from '../../shared/time/calendar-day';
import { rollingMean } from './rolling-mean';
import { describeSeries } from './series-summary';
import { DayWindow, rangePhrase, rangeWindow, ROLLING_DAYS, TrendRange } from './trend-range';
import { TrendTable, trendTable } from './trend-table';

/**
 * Points are at least this many CSS pixels apart: a 320 px phone plot shows 160 points, so
 * 90 days stay daily, a year becomes 53 weeks and thirteen years still fit as months.
 */
export const DEFAULT_PX_PER_POINT = 2;


export interface TrendRequest {
  metric: CheckInMetric;
  range: TrendRange;
  /** The user's local day, from the clock. */
  today: string;
  /** Width of the plot area in CSS pixels. */
  widthPx: number;
  pxPerPoint?: number;
}

/** One drawn point; numbers are rounded for display so chart, table and tooltip agree. */
export interface TrendPoint {
  key: string;
  label: string;
  start: string;
  end: string;
  /** Days with a check-in in this point. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface TrendSeries {
  metric: CheckInMetric;
  range: TrendRange;
  window: DayWindow;
  bucket: BucketKind;
  points: TrendPoint[];
  /**
   * The 7-day rolling mean, aligned with `points`, when points are days; `null` for weeks and
   * longer, whose points are already means over at least a week.
   */
  rolling: (number | null)[] | null;
  /** The chart's visually hidden summary. */
  summary: string;
  table: TrendTable;
}

function rounded(value: number | null): number | null {
  return value === null ? null : roundForDisplay(value);
}

/** Everything a trend chart draws and says, for one metric and range. O(days in the range). */
export function buildTrendSeries(index: CheckInIndex, request: TrendRequest): TrendSeries {
  const { metric, range, today } = request;
  const definition = METRIC_DEFINITIONS[metric];
  const window = rangeWindow(range, today, index.firstDay ?? undefined);
  const maxPoints = request.widthPx / (request.pxPerPoint ?? DEFAULT_PX_PER_POINT);
  const bucket = chooseBucketKind(toEpochDay(window.start), toEpochDay(window.end), maxPoints);

  // Six days before the window feed the first rolling means, so day one is not left blank.
  const lead = ROLLING_DAYS - 1;
  const withLead = dailySeries(index, metric, { start: addDays(window.start, -lead), end: window.end });
  const daily = withLead.slice(lead);

  const points: TrendPoint[] = bucketSeries(daily, bucket).map((b) => ({
    key: b.key,
    label: b.label,
    start: b.start,
    end: b.end,
    n: b.n,
    mean: rounded(b.mean),
    min: rounded(b.min),
    max: rounded(b.max),
  }));
  const rolling =
    bucket === 'day'
      ? rollingMean(withLead, ROLLING_DAYS)
          .slice(lead)
          .map((p) => rounded(p.value))
      : null;

  const period = rangePhrase(range);
  const summary = describeSeries(presentValues(daily), {
    subject: definition.label,
    period,
    noun: ['check-in', 'check-ins'],
    unit: definition.unit,
    similarWithin: definition.similarWithin,
  });
  const heading = definition.unit ? `${definition.label} (${definition.unit})` : definition.label;
  const caption = `${definition.label} over ${period}, by ${bucket}`;
  return {
    metric,
    range,
    window,
    bucket,
    points,
    rolling,
    summary,
    table: trendTable(caption, heading, bucket, points, rolling),
  };
}
