import { BucketKind, CheckInMetric, METRIC_DEFINITIONS, rangePhrase, TrendSeries } from '../domain';
import { ChartView } from './chart-view';

const RATING_AXIS = $localize`:@@trends.axis.rating:rating 1–5`;
const HOURS = $localize`:@@trends.axis.hours:hours`;

/** Axis titles carry the unit; ratings say which way is up. */
const Y_TITLES: Record<CheckInMetric, string> = {
  mood: $localize`:@@trends.axis.mood:Mood (${RATING_AXIS}:scale:)`,
  energy: $localize`:@@trends.axis.energy:Energy (${RATING_AXIS}:scale:)`,
  stress: $localize`:@@trends.axis.stress:Stress (${RATING_AXIS}:scale:)`,
  sleepHours: $localize`:@@trends.axis.sleepHours:Sleep (${HOURS}:unit:)`,
  sleepQuality: $localize`:@@trends.axis.sleepQuality:Sleep quality (${RATING_AXIS}:scale:)`,
  hoursWorked: $localize`:@@trends.axis.hoursWorked:Hours worked (${HOURS}:unit:)`,
};

const X_TITLES: Record<BucketKind, string> = {
  day: $localize`:@@trends.axis.day:Day`,
  week: $localize`:@@trends.axis.week:Week (starting Monday)`,
  month: $localize`:@@trends.axis.month:Month`,
  year: $localize`:@@trends.axis.year:Year`,
};

const MEAN_LABELS: Record<Exclude<BucketKind, 'day'>, string> = {
  week: $localize`:@@trends.series.weekly:Weekly average`,
  month: $localize`:@@trends.series.monthly:Monthly average`,
  year: $localize`:@@trends.series.yearly:Yearly average`,
};

const ROLLING_LABEL = $localize`:@@trends.series.rolling:7-day average`;

const RATING_METRICS: readonly CheckInMetric[] = ['mood', 'energy', 'stress', 'sleepQuality'];

/**
 * Tick labels short enough for a phone: "4 Mar" from "Wed 4 Mar 2026" or "Week of 4 Mar 2026";
 * the year stays when the range crosses one. Months and years are short already.
 */
export function tickLabel(label: string, bucket: BucketKind, keepYear: boolean): string {
  if (bucket === 'month' || bucket === 'year') return label;
  const match = /(\d{1,2} \S+) (\d{4})$/.exec(label);
  if (!match) return label;
  return keepYear ? `${match[1]} ${match[2]}` : match[1];
}

/** The check-in chart of one metric and range, from the domain's series (no new numbers). */
export function trendChartView(series: TrendSeries): ChartView {
  const { metric, range, bucket, points, window } = series;
  const definition = METRIC_DEFINITIONS[metric];
  const keepYear = window.start.slice(0, 4) !== window.end.slice(0, 4);
  const main = {
    label: bucket === 'day' ? definition.label : MEAN_LABELS[bucket],
    style: 'points' as const,
    values: points.map((p) => p.mean),
  };
  const rolling = series.rolling ? [{ label: ROLLING_LABEL, style: 'dashed' as const, values: series.rolling }] : [];
  const rating = RATING_METRICS.includes(metric);
  return {
    id: 'check-ins',
    fileName: `tend-${metric}-${range}-${window.end}`,
    title: $localize`:@@trends.checkIns.title:${definition.label}:measure: over ${rangePhrase(range)}:period:`,
    xTitle: X_TITLES[bucket],
    yTitle: Y_TITLES[metric],
    labels: points.map((p) => p.label),
    tickLabels: points.map((p) => tickLabel(p.label, bucket, keepYear)),
    x: null,
    xRange: null,
    series: [main, ...rolling],
    y: rating ? { min: 1, max: 5, step: 1 } : { min: 0, max: null, step: null },
    unit: definition.unit,
    bands: [],
    cutOffs: [],
    summary: series.summary,
    table: series.table,
  };
}
