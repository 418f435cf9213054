import { CheckInIndex } from './check-in-index';
import { CheckInMetric, metricValue } from './check-in-metric';
import { consecutiveDays, toEpochDay } from '../../shared/time/calendar-day';
import { DayWindow } from './trend-range';

/** One calendar day of a series. `value` is `null` on days without a check-in: gaps stay gaps. */
export interface DailyPoint {
  day: string;
  epochDay: number;
  value: number | null;
}

/** One point for every day of the window, in order, never zero-filled. */
export function dailySeries(
  index: CheckInIndex,
  metric: CheckInMetric,
  window: DayWindow,
): DailyPoint[] {
  const start = toEpochDay(window.start);
  const end = toEpochDay(window.end);
  const first = index.firstEpochDay ?? 0;
  const days = consecutiveDays(start, end - start + 1);
  const points = new Array<DailyPoint>(days.length);
  for (let i = 0; i < days.length; i++) {
    const checkIn = index.byOffset[start + i - first];
    points[i] = { day: days[i], epochDay: start + i, value: checkIn ? metricValue(checkIn, metric) : null };
  }
  return points;
}

/** The non-null values of a series, in day order. */
export function presentValues(series: readonly DailyPoint[]): number[] {
  const values: number[] = [];
  for (const point of series) if (point.value !== null) values.push(point.value);
  return values;
}
