import { Dictionary } from '@ngrx/entity';
import { CheckIn, Rating, Tag } from '../domain/check-in';
import { RATING_SCALE_LABELS, ratingLabel, RatingScale, SHIFT_LABELS } from '../domain/rating-labels';
import { ratingIcon } from './choices';
import { hoursLabel, longDay } from './day-format';

export interface RatingCell {
  scale: RatingScale;
  /** "Mood", "Energy" or "Stress". */
  name: string;
  value: Rating;
  label: string;
  icon: string;
}

/** One check-in in words, for the history list and the printable table. */
export interface CheckInRow {
  day: string;
  dayLabel: string;
  ratings: RatingCell[];
  sleep: string;
  work: string;
  tags: string[];
  note: string;
}

const NOT_RECORDED = '—';

export function checkInRow(checkIn: CheckIn, tagsById: Dictionary<Tag>): CheckInRow {
  const ratings: RatingCell[] = [];
  for (const scale of ['mood', 'energy', 'stress'] as const) {
    const value = checkIn[scale];
    if (value !== null) ratings.push({ scale, name: RATING_SCALE_LABELS[scale], value, label: ratingLabel(scale, value), icon: ratingIcon(scale, value) });
  }
  const sleepParts = [
    checkIn.sleepHours === null ? null : hoursLabel(checkIn.sleepHours),
    checkIn.sleepQuality === null ? null : ratingLabel('sleepQuality', checkIn.sleepQuality).toLowerCase(),
  ].filter((part): part is string => part !== null);
  const workParts = [
    checkIn.shift === null ? null : SHIFT_LABELS[checkIn.shift],
    checkIn.hoursWorked === null ? null : hoursLabel(checkIn.hoursWorked),
  ].filter((part): part is string => part !== null);
  return {
    day: checkIn.day,
    dayLabel: longDay(checkIn.day),
    ratings,
    sleep: sleepParts.join(', ') || NOT_RECORDED,
    work: workParts.join(', ') || NOT_RECORDED,
    tags: checkIn.tagIds.map((id) => tagsById[id]?.name).filter((name): name is string => name !== undefined),
    note: checkIn.note,
  };
}
