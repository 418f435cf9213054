import { CheckInDraft, CheckInField } from '../domain/check-in-draft';
import { isRating } from '../domain/check-in';
import { ratingLabel, SHIFT_LABELS } from '../domain/rating-labels';
import { hoursLabel } from './day-format';

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

export function sameDraft(a: CheckInDraft, b: CheckInDraft): boolean {
  const key = (d: CheckInDraft) => JSON.stringify({ ...d, tagIds: [...d.tagIds].sort() });
  return key(a) === key(b);
}

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

/** "Sleep 7 h, fair · Day shift, 8 h worked · 2 tags": the prefilled rest, at a glance. */
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
