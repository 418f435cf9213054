import { instantMillis, localDayAt } from './local-day';
import { DayWindow, isInWindow } from './trend-range';

/** The minimum the trends need of a scored assessment: one scale's score and when it was taken. */
export interface AssessmentScore {
  /** ISO timestamp. */
  takenAt: string;
  value: number;
}

/** One of a scale's published bands, inclusive at both ends, drawn as a shaded region. */
export interface ScoreBand {
  label: string;
  min: number;
  max: number;
}

export interface ScalePoint {
  takenAt: string;
  /** Epoch milliseconds, for ordering and the chart's time axis. */
  time: number;
  /** Local day it was taken, `YYYY-MM-DD`. */
  day: string;
  value: number;
}

export interface ScoreChange {
  from: ScalePoint;
  to: ScalePoint;
  delta: number;
  direction: 'up' | 'down';
}

/**
 * A scale's scores in time order, on the days they were taken in `zone` (the device's by
 * default), limited to `window` if given. Unreadable timestamps and non-numbers are left out.
 */
export function assessmentSeries(
  scores: readonly AssessmentScore[],
  window?: DayWindow,
  zone?: string,
): ScalePoint[] {
  const points: ScalePoint[] = [];
  for (const { takenAt, value } of scores) {
    const time = instantMillis(takenAt);
    if (time === null || typeof value !== 'number' || !Number.isFinite(value)) continue;
    const day = localDayAt(time, zone);
    if (window && !isInWindow(day, window)) continue;
    points.push({ takenAt, time, day, value });
  }
  return points.sort((a, b) => a.time - b.time);
}

/** Whether a change reaches the threshold; the tolerance keeps 10 from reading as 9.999…. */
export function meetsMeaningfulChange(delta: number, threshold: number): boolean {
  return Math.abs(delta) >= threshold - 1e-9;
}

/**
 * Consecutive assessments whose scores differ by at least `threshold`, e.g. 10 points on the
 * WHO-5 percentage score, for the chart to mark.
 */
export function meaningfulChanges(points: readonly ScalePoint[], threshold: number): ScoreChange[] {
  const changes: ScoreChange[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    const delta = to.value - from.value;
    if (meetsMeaningfulChange(delta, threshold)) {
      changes.push({ from, to, delta, direction: delta > 0 ? 'up' : 'down' });
    }
  }
  return changes;
}

/** The band a score falls in, or `null` when it is outside all of them. */
export function bandFor(value: number, bands: readonly ScoreBand[]): ScoreBand | null {
  return bands.find((band) => value >= band.min && value <= band.max) ?? null;
}
