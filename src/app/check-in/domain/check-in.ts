/** A 1–5 rating: 1 is the lowest (worst mood, least energy, least stress), 5 the highest. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export const SHIFT_TYPES = ['day', 'evening', 'night', 'call24', 'off'] as const;
export type ShiftType = (typeof SHIFT_TYPES)[number];

/** One check-in per shift-aware local day. `day` is the key, as YYYY-MM-DD. */
export interface CheckIn {
  day: string;
  /** IANA zone the check-in was made in, so travel and DST never move a past day. */
  zone: string;
  mood: Rating;
  energy: Rating;
  stress: Rating;
  /** 0–24 in half hours. */
  sleepHours: number;
  sleepQuality: Rating;
  hoursWorked: number;
  shift: ShiftType;
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
