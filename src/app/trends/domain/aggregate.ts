import { DailyPoint } from './daily-series';
import { civilFromDays, mondayOf, monthIndex, toDay } from '../../shared/time/calendar-day';
import { dayLabel, monthKey, monthLabel, weekKey, weekLabel } from './period-label';

/** Finest first; `year` is the last resort for many years on a narrow chart. */
export const BUCKET_KINDS = ['day', 'week', 'month', 'year'] as const;
export type BucketKind = (typeof BUCKET_KINDS)[number];

/** The days of one bucket that fall inside the series, and what they hold. */
export interface Bucket {
  /** Stable id: "2026-01-05", "2026-W02", "2026-01", "2026". */
  key: string;
  label: string;
  /** First and last day of the bucket inside the series (a range may cut a week or month). */
  start: string;
  end: string;
  /** Calendar days covered, with or without a check-in. */
  days: number;
  /** Days with a value. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface Aggregation {
  kind: BucketKind;
  buckets: Bucket[];
}

function keyOf(kind: BucketKind, epochDay: number): number {
  switch (kind) {
    case 'day':
      return epochDay;
    case 'week':
      return mondayOf(epochDay);
    case 'month':
      return monthIndex(epochDay);
    case 'year':
      return civilFromDays(epochDay).year;
  }
}

/** How many buckets of `kind` the days `start` … `end` (epoch days) touch. */
export function bucketCount(kind: BucketKind, start: number, end: number): number {
  if (end < start) return 0;
  const span = keyOf(kind, end) - keyOf(kind, start);
  return (kind === 'week' ? span / 7 : span) + 1;
}

/**
 * The finest bucket whose count fits: days while there are at most `maxPoints` days, then ISO
 * weeks, then calendar months, then years. Counting touched buckets (a range starting on a
 * Wednesday touches one more week) keeps the guarantee exact.
 */
export function chooseBucketKind(start: number, end: number, maxPoints: number): BucketKind {
  const limit = Number.isFinite(maxPoints) ? Math.max(1, Math.floor(maxPoints)) : 1;
  return BUCKET_KINDS.find((kind) => bucketCount(kind, start, end) <= limit) ?? 'year';
}

function identify(kind: BucketKind, key: number): { key: string; label: string } {
  switch (kind) {
    case 'day':
      return { key: toDay(key), label: dayLabel(key) };
    case 'week':
      return { key: weekKey(key), label: weekLabel(key) };
    case 'month':
      return { key: monthKey(key), label: monthLabel(key) };
    case 'year':
      return { key: String(key), label: String(key) };
  }
}

function toBucket(kind: BucketKind, series: readonly DailyPoint[], from: number, to: number): Bucket {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = from; i < to; i++) {
    const value = series[i].value;
    if (value === null) continue;
    n++;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const { key, label } = identify(kind, keyOf(kind, series[from].epochDay));
  return {
    key,
    label,
    start: series[from].day,
    end: series[to - 1].day,
    days: to - from,
    n,
    mean: n > 0 ? sum / n : null,
    min: n > 0 ? min : null,
    max: n > 0 ? max : null,
  };
}

/** Groups a series in day order into buckets of one kind; buckets without values keep `null`s. */
export function bucketSeries(series: readonly DailyPoint[], kind: BucketKind): Bucket[] {
  const buckets: Bucket[] = [];
  let from = 0;
  let openKey = series.length ? keyOf(kind, series[0].epochDay) : 0;
  for (let i = 1; i <= series.length; i++) {
    const key = i < series.length ? keyOf(kind, series[i].epochDay) : NaN;
    if (key === openKey) continue;
    buckets.push(toBucket(kind, series, from, i));
    from = i;
    openKey = key;
  }
  return buckets;
}

/**
 * Buckets a contiguous daily series so it draws at most `maxPoints` points (see
 * {@link chooseBucketKind}). Only a span of more than `maxPoints` years can exceed it.
 */
export function aggregate(series: readonly DailyPoint[], maxPoints: number): Aggregation {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return { kind: 'day', buckets: [] };
  const kind = chooseBucketKind(first.epochDay, last.epochDay, maxPoints);
  return { kind, buckets: bucketSeries(series, kind) };
}

