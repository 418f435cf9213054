import { CheckIn, SHIFT_TYPES, ShiftType } from '../../check-in/domain';
import { metricValue } from './check-in-metric';
import { roundForDisplay } from './display-number';
import { DayWindow, isInWindow } from './trend-range';

/** A group (or a metric within one) needs this many days before its mean is shown. */
export const MIN_GROUP_DAYS = 5;

export const INSIGHT_METRICS = ['mood', 'energy', 'stress'] as const;
export type InsightMetric = (typeof INSIGHT_METRICS)[number];

export interface MetricMean {
  /** Rounded for display; `null` when fewer than {@link MIN_GROUP_DAYS} days recorded it. */
  mean: number | null;
  n: number;
}

export interface GroupMeans<K extends string> {
  key: K;
  /** Days in the group. */
  n: number;
  means: Record<InsightMetric, MetricMean>;
}

export interface SuppressedGroup<K extends string> {
  key: K;
  n: number;
  reason: string;
}

export interface GroupInsight<K extends string> {
  shown: GroupMeans<K>[];
  /** Groups too small to average honestly, so the page can say so instead of hiding them. */
  suppressed: SuppressedGroup<K>[];
}

const SUPPRESSED_REASON = `fewer than ${MIN_GROUP_DAYS} days`;

interface Tally {
  days: number;
  sums: Record<InsightMetric, number>;
  counts: Record<InsightMetric, number>;
}

/**
 * Mean mood, energy and stress per group, where `keysOf` puts a check-in in zero or more groups.
 * Groups come out in first-seen order of `order`, then the rest by size.
 */
export function groupMeans<K extends string>(
  checkIns: readonly CheckIn[],
  keysOf: (checkIn: CheckIn) => readonly K[],
  options: { window?: DayWindow; order?: readonly K[] } = {},
): GroupInsight<K> {
  const tallies = new Map<K, Tally>();
  for (const key of options.order ?? []) tallies.set(key, emptyTally());
  for (const checkIn of checkIns) {
    if (options.window && !isInWindow(checkIn.day, options.window)) continue;
    for (const key of new Set(keysOf(checkIn))) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = emptyTally()));
      tally.days++;
      for (const metric of INSIGHT_METRICS) {
        const value = metricValue(checkIn, metric);
        if (value === null) continue;
        tally.sums[metric] += value;
        tally.counts[metric]++;
      }
    }
  }
  const ordered = [...tallies].filter(([, t]) => t.days > 0);
  if (!options.order) ordered.sort(([a, x], [b, y]) => y.days - x.days || (a < b ? -1 : 1));

  const insight: GroupInsight<K> = { shown: [], suppressed: [] };
  for (const [key, tally] of ordered) {
    if (tally.days < MIN_GROUP_DAYS) {
      insight.suppressed.push({ key, n: tally.days, reason: SUPPRESSED_REASON });
      continue;
    }
    const meanOf = (metric: InsightMetric): MetricMean => {
      const n = tally.counts[metric];
      return { n, mean: n >= MIN_GROUP_DAYS ? roundForDisplay(tally.sums[metric] / n) : null };
    };
    insight.shown.push({
      key,
      n: tally.days,
      means: { mood: meanOf('mood'), energy: meanOf('energy'), stress: meanOf('stress') },
    });
  }
  return insight;
}

function emptyTally(): Tally {
  return { days: 0, sums: { mood: 0, energy: 0, stress: 0 }, counts: { mood: 0, energy: 0, stress: 0 } };
}

/** By shift type, in the check-in form's order; check-ins without a shift are left out. */
export function meansByShift(checkIns: readonly CheckIn[], window?: DayWindow): GroupInsight<ShiftType> {
  return groupMeans(checkIns, (c) => (c.shift ? [c.shift] : []), { window, order: SHIFT_TYPES });
}

/** By tag id, largest first; a check-in with two tags counts in both. */
export function meansByTag(checkIns: readonly CheckIn[], window?: DayWindow): GroupInsight<string> {
  return groupMeans(checkIns, (c) => c.tagIds, { window });
}
