import { CheckIn } from '../../check-in/domain';
import { parseDay, toDay } from '../../shared/time/calendar-day';

/**
 * Check-ins laid out by calendar day, built once per change of the check-in list (memoise it
 * in a selector) so every chart, range switch and summary reads days in O(1).
 */
export interface CheckInIndex {
  /** Epoch day of `byOffset[0]`; `null` when there are no usable check-ins. */
  readonly firstEpochDay: number | null;
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  /** `byOffset[d - firstEpochDay]` is the check-in of epoch day `d`, if any. */
  readonly byOffset: readonly (CheckIn | undefined)[];
  /** Records whose `day` is not a calendar date; left out rather than guessed at. */
  readonly skipped: number;
}

export function indexCheckIns(checkIns: readonly CheckIn[]): CheckInIndex {
  const days: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  let skipped = 0;
  for (const checkIn of checkIns) {
    const day = parseDay(checkIn.day);
    days.push(day ?? Number.NaN);
    if (day === null) {
      skipped++;
      continue;
    }
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (first === Infinity) {
    return { firstEpochDay: null, firstDay: null, lastDay: null, byOffset: [], skipped };
  }
  const byOffset = new Array<CheckIn | undefined>(last - first + 1);
  checkIns.forEach((checkIn, i) => {
    const day = days[i];
    if (day === undefined || Number.isNaN(day)) return;
    const existing = byOffset[day - first];
    // The store keys by day, so duplicates only come from bad imports: keep the latest edit.
    if (!existing || existing.updatedAt <= checkIn.updatedAt) byOffset[day - first] = checkIn;
  });
  return { firstEpochDay: first, firstDay: toDay(first), lastDay: toDay(last), byOffset, skipped };
}

export function checkInOn(index: CheckInIndex, epochDay: number): CheckIn | undefined {
  return index.firstEpochDay === null ? undefined : index.byOffset[epochDay - index.firstEpochDay];
}
