import { Dictionary } from '@ngrx/entity';
import { CheckIn, isRating, isShiftType, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';
import { answersOf } from '../domain/check-in-form';
import { RATING_SCALE_LABELS, ratingLabel, RatingScale, SHIFT_LABELS } from '../domain/rating-labels';
import { hoursLabel } from './day-format';

const NOT_ANSWERED = $localize`:@@checkIn.diffNotAnswered:not answered`;
const NONE = $localize`:@@checkIn.diffNone:none`;

/**
 * "Mood: Great in the other tab, Okay in yours": each answer that differs between the check-in
 * another tab saved and this form, in the form's order.
 */
export function checkInDifferences(theirs: CheckIn | null, mine: CheckInDraft, tags: Dictionary<Tag>): string[] {
  const stored = answersOf(theirs);
  const rating = (scale: RatingScale) => (value: number | null) => (isRating(value) ? ratingLabel(scale, value) : NOT_ANSWERED);
  const hours = (value: number | null) => (value === null || !Number.isFinite(value) ? NOT_ANSWERED : hoursLabel(value));
  const fields: [string, (draft: CheckInDraft) => string][] = [
    ...(['mood', 'energy', 'stress'] as const).map((scale): [string, (draft: CheckInDraft) => string] => [RATING_SCALE_LABELS[scale], (d) => rating(scale)(d[scale])]),
    [$localize`:@@checkIn.diffSleepHours:Hours slept`, (d) => hours(d.sleepHours)],
    [RATING_SCALE_LABELS.sleepQuality, (d) => rating('sleepQuality')(d.sleepQuality)],
    [$localize`:@@checkIn.diffHoursWorked:Hours worked`, (d) => hours(d.hoursWorked)],
    [$localize`:@@checkIn.diffShift:Shift`, (d) => (isShiftType(d.shift) ? SHIFT_LABELS[d.shift] : NOT_ANSWERED)],
    [$localize`:@@checkIn.diffTags:Tags`, (d) => [...new Set(d.tagIds)].map((id) => tags[id]?.name ?? '?').sort().join(', ') || NONE],
    [$localize`:@@checkIn.diffNote:Note`, (d) => (d.note.trim() ? `“${d.note.trim()}”` : NONE)],
  ];
  return fields
    .map(([name, text]) => ({ name, theirs: text(stored), mine: text(mine) }))
    .filter((field) => field.theirs !== field.mine)
    .map((field) => $localize`:@@checkIn.diffLine:${field.name}:field:: ${field.theirs}:theirs: in the other tab, ${field.mine}:mine: in yours`);
}
