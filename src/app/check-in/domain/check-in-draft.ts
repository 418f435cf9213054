import { CheckIn, ShiftType, isRating, isShiftType } from './check-in';
import { FieldIssue, characterCount } from './result';

export const NOTE_MAX_LENGTH = 1000;
export const SLEEP_HOURS_MAX = 24;
export const HOURS_WORKED_MAX = 36;

/**
 * What the check-in form holds. Numbers are plain numbers here because a form can hold anything;
 * validation narrows them to ratings.
 */
export interface CheckInDraft {
  mood: number | null;
  /** Everything but the mood may be left unanswered (null), and starts so. */
  energy: number | null;
  stress: number | null;
  sleepHours: number | null;
  sleepQuality: number | null;
  hoursWorked: number | null;
  shift: ShiftType | null;
  tagIds: string[];
  note: string;
}

export type CheckInField = keyof CheckInDraft;

/**
 * A fresh draft holds nothing: a check-in stores only what the user chose, so a value never
 * answered cannot pass for one in the trends.
 */
export function defaultCheckInDraft(): CheckInDraft {
  return { mood: null, energy: null, stress: null, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null, tagIds: [], note: '' };
}

/** The answers that tend to repeat from one day to the next, which the form offers to copy in one tap. */
export type CheckInRoutine = Pick<CheckInDraft, 'sleepHours' | 'sleepQuality' | 'hoursWorked' | 'shift'>;

/** What "Same as yesterday" would fill in from `previous`; null when it answered none of it. */
export function routineOf(previous: CheckIn | null): CheckInRoutine | null {
  if (!previous) return null;
  const { sleepHours, sleepQuality, hoursWorked, shift } = previous;
  const routine = { sleepHours, sleepQuality, hoursWorked, shift };
  return Object.values(routine).some((value) => value !== null) ? routine : null;
}

/** Whether the draft already holds `routine`'s answers, so offering them again would change nothing. */
export function hasRoutine(draft: CheckInDraft, routine: CheckInRoutine): boolean {
  return (Object.keys(routine) as (keyof CheckInRoutine)[]).every((field) => draft[field] === routine[field]);
}

export function draftFromCheckIn(checkIn: CheckIn): CheckInDraft {
  const { mood, energy, stress, sleepHours, sleepQuality, hoursWorked, shift, tagIds, note } = checkIn;
  return { mood, energy, stress, sleepHours, sleepQuality, hoursWorked, shift, tagIds: [...tagIds], note };
}

export function validateCheckInDraft(draft: CheckInDraft): FieldIssue<CheckInField>[] {
  const issues: FieldIssue<CheckInField>[] = [];
  const add = (field: CheckInField, message: string | null): void => {
    if (message) issues.push({ field, message });
  };
  add('mood', requiredRating(draft.mood, 'Choose how your mood is', 'Mood'));
  add('energy', optionalRating(draft.energy, 'Energy'));
  add('stress', optionalRating(draft.stress, 'Stress'));
  add('sleepQuality', optionalRating(draft.sleepQuality, 'Sleep quality'));
  add('sleepHours', halfHoursProblem(draft.sleepHours, SLEEP_HOURS_MAX, 'Sleep'));
  add('hoursWorked', halfHoursProblem(draft.hoursWorked, HOURS_WORKED_MAX, 'Hours worked'));
  if (draft.shift !== null && !isShiftType(draft.shift)) {
    add('shift', 'Choose a shift type from the list.');
  }
  if (draft.tagIds.some((id) => typeof id !== 'string' || id === '')) {
    add('tagIds', 'One of the tags could not be found. Choose the tags again.');
  }
  const noteLength = characterCount(draft.note.trim());
  if (noteLength > NOTE_MAX_LENGTH) {
    add(
      'note',
      `Keep the note to ${NOTE_MAX_LENGTH.toLocaleString('en-US')} characters (it has ` +
        `${noteLength.toLocaleString('en-US')}). Longer thoughts have room in the journal.`,
    );
  }
  return issues;
}

function requiredRating(value: number | null, ask: string, name: string): string | null {
  return value === null ? `${ask}, from 1 to 5.` : ratingProblem(value, name);
}

function optionalRating(value: number | null, name: string): string | null {
  return value === null ? null : ratingProblem(value, name);
}

function ratingProblem(value: number, name: string): string | null {
  return isRating(value) ? null : `${name} must be a whole number from 1 to 5.`;
}

function halfHoursProblem(value: number | null, max: number, name: string): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    return `${name} must be between 0 and ${max} hours.`;
  }
  return Number.isInteger(value * 2) ? null : `${name} is recorded in half hours, for example 6.5.`;
}
