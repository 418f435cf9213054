import { CHECK_IN_METRICS, CheckInMetric, TREND_RANGES, TrendRange } from '../domain';
import { DEFAULT_METRIC, DEFAULT_RANGE } from '../state/trends.feature';
import type { Choice } from '../../shared/ui/choice-group';

export const RANGE_CHOICES: readonly Choice<TrendRange>[] = [
  { value: '7d', label: $localize`:@@trends.range.7d:7 days` },
  { value: '30d', label: $localize`:@@trends.range.30d:30 days` },
  { value: '90d', label: $localize`:@@trends.range.90d:90 days` },
  { value: '365d', label: $localize`:@@trends.range.365d:1 year` },
  { value: 'all', label: $localize`:@@trends.range.all:All time` },
];

export const METRIC_CHOICES: readonly Choice<CheckInMetric>[] = [
  { value: 'mood', label: $localize`:@@trends.metric.mood:Mood` },
  { value: 'energy', label: $localize`:@@trends.metric.energy:Energy` },
  { value: 'stress', label: $localize`:@@trends.metric.stress:Stress` },
  { value: 'sleepHours', label: $localize`:@@trends.metric.sleepHours:Sleep hours` },
  { value: 'sleepQuality', label: $localize`:@@trends.metric.sleepQuality:Sleep quality` },
  { value: 'hoursWorked', label: $localize`:@@trends.metric.hoursWorked:Hours worked` },
];

/** The range a query parameter asks for; anything unknown falls back to the default. */
export function parseRange(value: string | undefined): TrendRange {
  return (TREND_RANGES as readonly string[]).includes(value ?? '') ? (value as TrendRange) : DEFAULT_RANGE;
}

export function parseMetric(value: string | undefined): CheckInMetric {
  return (CHECK_IN_METRICS as readonly string[]).includes(value ?? '') ? (value as CheckInMetric) : DEFAULT_METRIC;
}
