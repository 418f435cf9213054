import {
  formatCorrelation,
  formatForDisplay,
  GroupInsight,
  INSIGHT_METRICS,
  MetricMean,
  MIN_GROUP_DAYS,
  SleepMoodPattern,
} from '../domain';

export const FEWER_THAN_MIN = $localize`:@@trends.fewerThan:fewer than ${MIN_GROUP_DAYS}:min: days`;

export interface GroupMeansRow {
  key: string;
  label: string;
  /** Days in the group. */
  n: number;
  /** Mood, energy, stress: "3.4", "3.4 (n = 12)" when fewer days recorded it, or "fewer than 5 days". */
  cells: readonly string[];
}

export interface HiddenGroup {
  key: string;
  label: string;
  n: number;
}

export interface GroupMeansView {
  rows: readonly GroupMeansRow[];
  /** Groups with fewer than five days: named, with their n, but not averaged. */
  hidden: readonly HiddenGroup[];
}

function cell(metric: MetricMean, groupDays: number): string {
  if (metric.mean === null) return FEWER_THAN_MIN;
  const value = formatForDisplay(metric.mean);
  return metric.n === groupDays ? value : `${value} (n = ${metric.n})`;
}

/** A group insight from the domain, with names for its keys and every number as text. */
export function groupMeansView<K extends string>(insight: GroupInsight<K>, labelOf: (key: K) => string): GroupMeansView {
  return {
    rows: insight.shown.map((group) => ({
      key: group.key,
      label: labelOf(group.key),
      n: group.n,
      cells: INSIGHT_METRICS.map((metric) => cell(group.means[metric], group.n)),
    })),
    hidden: insight.suppressed.map((group) => ({ key: group.key, label: labelOf(group.key), n: group.n })),
  };
}

export interface SleepMoodView {
  /** The domain's plain-words reading. */
  reading: string;
  n: number;
  /** "0.42", or null when no coefficient is computed (fewer than 14 pairs, or no variation). */
  rho: string | null;
}

export function sleepMoodView(pattern: SleepMoodPattern): SleepMoodView {
  return {
    reading: pattern.reading,
    n: pattern.n,
    rho: pattern.status === 'pattern' ? formatCorrelation(pattern.rho) : null,
  };
}
