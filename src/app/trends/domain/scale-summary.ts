import {
  bandFor,
  meaningfulChanges,
  meetsMeaningfulChange,
  ScalePoint,
  ScoreBand,
} from './assessment-series';
import { formatForDisplay, NO_VALUE } from './display-number';
import { parseDay } from '../../shared/time/calendar-day';
import { dateLabel } from './period-label';
import { describeSeries } from './series-summary';
import { TrendTable } from './trend-table';

export interface ScaleDescription {
  /** "WHO-5 well-being score" */
  subject: string;
  /** "the last 365 days", "all time" */
  period: string;
  /** The published meaningful change, if the instrument has one (WHO-5: 10 points). */
  meaningfulChange?: number;
  /** Trend threshold when there is no meaningful change; defaults to it when there is. */
  similarWithin?: number;
}

function dateOf(point: ScalePoint): string {
  const day = parseDay(point.day);
  return day === null ? point.day : dateLabel(day);
}

function signed(delta: number): string {
  const text = formatForDisplay(Math.abs(delta));
  if (text === '0') return '0';
  return delta > 0 ? `+${text}` : `−${text}`;
}

/**
 * "WHO-5 well-being score over all time: 4 assessments, average 52, lowest 40, highest 68;
 * too few to show a trend. Latest 56 on 12 Mar 2026. 1 change between consecutive assessments
 * met the meaningful change of 10 points."
 */
export function describeScale(points: readonly ScalePoint[], about: ScaleDescription): string {
  const threshold = about.meaningfulChange;
  const sentence = describeSeries(
    points.map((p) => p.value),
    {
      subject: about.subject,
      period: about.period,
      noun: ['assessment', 'assessments'],
      similarWithin: about.similarWithin ?? threshold ?? 0,
    },
  );
  const latest = points[points.length - 1];
  if (!latest) return sentence;
  const parts = [sentence, `Latest ${formatForDisplay(latest.value)} on ${dateOf(latest)}.`];
  if (threshold !== undefined && points.length > 1) {
    const count = meaningfulChanges(points, threshold).length;
    const changes = count === 1 ? '1 change' : `${count === 0 ? 'No' : count} changes`;
    parts.push(
      `${changes} between consecutive assessments met the meaningful change of ${formatForDisplay(threshold)} points.`,
    );
  }
  return parts.join(' ');
}

/** The table alternative of a scale chart: date, score, band (if any) and change from the last. */
export function scaleTable(
  caption: string,
  points: readonly ScalePoint[],
  bands: readonly ScoreBand[] = [],
  meaningfulChange?: number,
): TrendTable {
  const columns = ['Date', 'Score', ...(bands.length ? ['Band'] : []), 'Change'];
  const rows = points.map((point, i) => {
    const previous = points[i - 1];
    let change = NO_VALUE;
    if (previous) {
      const delta = point.value - previous.value;
      const meaningful = meaningfulChange !== undefined && meetsMeaningfulChange(delta, meaningfulChange);
      change = meaningful ? `${signed(delta)} (meaningful change)` : signed(delta);
    }
    const band = bands.length ? [bandFor(point.value, bands)?.label ?? NO_VALUE] : [];
    return [dateOf(point), formatForDisplay(point.value), ...band, change];
  });
  return { caption, columns, rows };
}
