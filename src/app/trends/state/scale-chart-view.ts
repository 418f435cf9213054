import {
  AssessmentScore,
  assessmentSeries,
  describeScale,
  formatForDisplay,
  meaningfulChanges,
  rangePhrase,
  rangeWindow,
  roundForDisplay,
  ScoreBand,
  scaleTable,
  TrendRange,
} from '../domain';
import { toEpochDay } from '../../shared/time/calendar-day';
import { ChartCutOff, ChartSeries, ChartView } from './chart-view';

/** One scale of one instrument with every score it has had, as the trends need it. */
export interface ScaleHistory {
  /** Unique on the page: "who-5-percentage". */
  id: string;
  /** "WHO-5 well-being score": starts the chart's title and summary. */
  subject: string;
  /** Published range of the score, for the y axis. */
  range: { min: number; max: number };
  /** Published bands, drawn as shaded regions; empty when the scale has none. */
  bands: readonly ScoreBand[];
  /** Where a band begins, drawn as a labelled line. */
  cutOffs: readonly ChartCutOff[];
  /** The instrument's meaningful change for this scale, if it publishes one. */
  meaningfulChange: number | null;
  /** Scores recomputed from stored answers, in any order. */
  scores: readonly AssessmentScore[];
}

/**
 * Labelled lines between neighbouring bands: at the shared edge, named by where the upper band
 * starts ("≥ 10" for integer bands "5–9" and "10–14"; "> 50" for a band that excludes 50).
 */
export function bandCutOffs(bands: readonly (ScoreBand & { minExclusive?: boolean })[]): ChartCutOff[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.slice(1).map((band, i) => ({
    value: (sorted[i].max + band.min) / 2,
    label: `${band.minExclusive ? '>' : '≥'} ${formatForDisplay(band.min)}`,
  }));
}

/** The fewest days a time axis spans, so that one result, or a few on one day, has room and dates. */
export const MIN_TIME_AXIS_DAYS = 7;

/**
 * The chart of one scale over a range; "all" starts at the scale's first result, or a week
 * before today when that is later.
 */
export function scaleChartView(history: ScaleHistory, range: TrendRange, today: string, zone?: string): ChartView {
  const all = assessmentSeries(history.scores, undefined, zone);
  const window = rangeWindow(range, today, all[0]?.day);
  const points = assessmentSeries(history.scores, window, zone);
  const period = rangePhrase(range);
  const threshold = history.meaningfulChange ?? undefined;
  const values = points.map((p) => roundForDisplay(p.value));
  const series: ChartSeries[] = [{ label: history.subject, style: 'points', values }];
  if (threshold !== undefined) {
    const changedAt = new Set(meaningfulChanges(points, threshold).map((change) => change.to.takenAt));
    series.push({
      label: $localize`:@@trends.scale.meaningful:Meaningful change (${formatForDisplay(threshold)}:threshold: points or more)`,
      style: 'markers',
      values: points.map((p, i) => (changedAt.has(p.takenAt) ? values[i] : null)),
    });
  }
  const title = $localize`:@@trends.scale.title:${history.subject}:subject: over ${period}:period:`;
  return {
    id: history.id,
    fileName: `tend-${history.id}-${range}-${today}`,
    title,
    xTitle: $localize`:@@trends.scale.xTitle:Date taken`,
    yTitle: $localize`:@@trends.scale.yTitle:Score (${history.range.min}:min:–${history.range.max}:max:)`,
    labels: [],
    tickLabels: [],
    x: points.map((p) => toEpochDay(p.day)),
    xRange: timeAxisRange(toEpochDay(window.start), toEpochDay(window.end)),
    series,
    y: { min: history.range.min, max: history.range.max, step: null },
    unit: null,
    bands: history.bands,
    cutOffs: history.cutOffs,
    summary: describeScale(points, { subject: history.subject, period, meaningfulChange: threshold }),
    table: scaleTable(title, points, history.bands, threshold),
  };
}

function timeAxisRange(first: number, last: number): { min: number; max: number } {
  return { min: Math.min(first, last - (MIN_TIME_AXIS_DAYS - 1)), max: last };
}
