import { addDays } from '../../shared/time/calendar-day';
import { CheckIn, isRating } from '../domain/check-in';
import { CheckInDraft, CheckInField, CheckInRoutine, defaultCheckInDraft, hasRoutine, routineOf } from '../domain/check-in-draft';
import { ratingLabel, SHIFT_LABELS } from '../domain/rating-labels';
import { hoursLabel, longDay } from './day-format';

/** The fields inside "Sleep, work and more": an error there opens the section. */
export const DETAIL_FIELDS: ReadonlySet<CheckInField> = new Set([
  'sleepHours',
  'sleepQuality',
  'hoursWorked',
  'shift',
  'tagIds',
  'note',
]);

/** 0, 0.5 … 24: sleep is kept in half hours. */
export const SLEEP_HOUR_OPTIONS: readonly number[] = Array.from({ length: 49 }, (_, i) => i / 2);

/** What the form's number field shows for a stored value. */
export function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * Reads a number field: empty is "not recorded"; text the browser could not read as a number
 * becomes NaN, so validation explains it instead of it silently disappearing.
 */
export function readNumberField(field: HTMLInputElement): number | null {
  if (field.value.trim() === '') return field.validity.badInput ? Number.NaN : null;
  return Number(field.value);
}

/** "Sleep 7 h, fair · Day shift, 8 h worked · 2 tags": the answers beyond the ratings, at a glance. */
export function detailsSummary(draft: CheckInDraft, tagCount: number): string {
  const parts: string[] = [];
  if (draft.sleepHours !== null && Number.isFinite(draft.sleepHours)) {
    const quality = isRating(draft.sleepQuality) ? `, ${ratingLabel('sleepQuality', draft.sleepQuality).toLowerCase()}` : '';
    parts.push($localize`:@@checkIn.summarySleep:Sleep ${hoursLabel(draft.sleepHours)}:hours:${quality}:quality:`);
  }
  const shift = draft.shift ? SHIFT_LABELS[draft.shift] : null;
  const worked =
    draft.hoursWorked !== null && Number.isFinite(draft.hoursWorked) && draft.hoursWorked > 0
      ? $localize`:@@checkIn.summaryWorked:${hoursLabel(draft.hoursWorked)}:hours: worked`
      : null;
  const work = [shift, worked].filter(Boolean).join(', ');
  if (work) parts.push(work);
  if (tagCount > 0) {
    parts.push(tagCount === 1 ? $localize`:@@checkIn.summaryOneTag:1 tag` : $localize`:@@checkIn.summaryTags:${tagCount}:count: tags`);
  }
  return parts.join(' · ');
}

export interface RoutineOffer {
  answers: CheckInRoutine;
  /** "Yesterday", or the day the answers come from. */
  from: string;
  /** "Sleep 6 h · Night shift, 12½ h worked". */
  summary: string;
  /** The button: "Same as yesterday". */
  action: string;
}

/**
 * "Same as yesterday": the sleep and work answers of the check-in before `day`, offered in one tap
 * until the draft holds them, and never filled in unasked.
 */
export function routineOffer(previous: CheckIn | null, day: string, draft: CheckInDraft): RoutineOffer | null {
  const answers = routineOf(previous);
  if (!previous || !answers || hasRoutine(draft, answers)) return null;
  const yesterday = previous.day === addDays(day, -1);
  return {
    answers,
    from: yesterday ? $localize`:@@checkIn.routineYesterday:Yesterday` : longDay(previous.day),
    summary: detailsSummary({ ...defaultCheckInDraft(), ...answers }, 0),
    action: yesterday ? $localize`:@@checkIn.sameAsYesterday:Same as yesterday` : $localize`:@@checkIn.sameAsDay:Same as ${longDay(previous.day)}:day:`,
  };
}
