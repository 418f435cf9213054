import { CheckIn } from '../../check-in';
import { DayWindow } from '../domain';

/** Index of the first check-in whose day is not before `day`; `checkIns` sorted by day. */
function firstFrom(checkIns: readonly CheckIn[], day: string): number {
  let low = 0;
  let high = checkIns.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (checkIns[middle].day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The check-ins inside a window, found by binary search in the state's day-sorted list, so a
 * 30-day range costs 30 check-ins of work, not ten years of them.
 */
export function checkInsInWindow(checkIns: readonly CheckIn[], window: DayWindow): readonly CheckIn[] {
  return checkIns.slice(firstFrom(checkIns, window.start), firstFrom(checkIns, `${window.end}\uffff`));
}
