/** A 1–5 rating: 1 is the lowest (worst mood, least energy, least stress), 5 the highest. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && (RATINGS as readonly number[]).includes(value);
}

export const SHIFT_TYPES = ['day', 'evening', 'night', 'call24', 'off'] as const;
export type ShiftType = (typeof SHIFT_TYPES)[number];

export function isShiftType(value: unknown): value is ShiftType {
  return typeof value === 'string' && (SHIFT_TYPES as readonly string[]).includes(value);
}

/**
 * One check-in per shift-aware local day. `day` is the key, as YYYY-MM-DD.
 *
 * Only the mood is always answered. Anything else the user skipped (and what another app such as
 * Daylio did not record) is `null`, never an invented value that would skew the trends.
 */
export interface CheckIn {
  day: string;
  /** IANA zone the check-in was made in, so travel and DST never move a past day. */
  zone: string;
  mood: Rating;
  energy: Rating | null;
  stress: Rating | null;
  /** 0–24 in half hours. */
  sleepHours: number | null;
  sleepQuality: Rating | null;
  hoursWorked: number | null;
  shift: ShiftType | null;
  tagIds: string[];
  note: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface Tag {
  id: string;
  name: string;
  archived: boolean;
}
