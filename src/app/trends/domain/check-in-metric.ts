import { CheckIn } from '../../check-in/domain';

export const CHECK_IN_METRICS = [
  'mood',
  'energy',
  'stress',
  'sleepHours',
  'sleepQuality',
  'hoursWorked',
] as const;
export type CheckInMetric = (typeof CHECK_IN_METRICS)[number];

export interface MetricDefinition {
  /** Starts a sentence: "Mood over the last 30 days …". */
  label: string;
  /** Appended to values in sentences ("6.5 hours"); ratings have none. */
  unit: string | null;
  /**
   * Differences smaller than this read as "steady" / "about the same": a quarter point on a
   * 1–5 rating, half an hour of sleep (the check-in's own step), an hour of work.
   */
  similarWithin: number;
}

export const METRIC_DEFINITIONS: Record<CheckInMetric, MetricDefinition> = {
  mood: { label: 'Mood', unit: null, similarWithin: 0.25 },
  energy: { label: 'Energy', unit: null, similarWithin: 0.25 },
  stress: { label: 'Stress', unit: null, similarWithin: 0.25 },
  sleepHours: { label: 'Sleep', unit: 'hours', similarWithin: 0.5 },
  sleepQuality: { label: 'Sleep quality', unit: null, similarWithin: 0.25 },
  hoursWorked: { label: 'Hours worked', unit: 'hours', similarWithin: 1 },
};

/** The metric's value, or `null` when a stored record holds something that is not a number. */
export function metricValue(checkIn: CheckIn, metric: CheckInMetric): number | null {
  const value: unknown = checkIn[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
