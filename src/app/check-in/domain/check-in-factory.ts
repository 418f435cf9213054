import { CheckIn, Rating } from './check-in';
import { CheckInDraft, CheckInField, validateCheckInDraft } from './check-in-draft';
import { DEFAULT_DAY_START_HOUR, checkInDayFor } from './check-in-day';
import { Validated } from './result';

export interface NewCheckInContext {
  /** When the check-in is saved; it decides the day unless `day` is given. */
  now: Date | string;
  zone: string;
  dayStartHour?: number;
  /** The day being checked in, when it is not the current one (for example, filling in yesterday). */
  day?: string;
}

export function createCheckIn(
  draft: CheckInDraft,
  { now, zone, dayStartHour = DEFAULT_DAY_START_HOUR, day }: NewCheckInContext,
): Validated<CheckIn, CheckInField> {
  const issues = validateCheckInDraft(draft);
  if (issues.length > 0) return { ok: false, issues };
  const timestamp = toIso(now);
  return {
    ok: true,
    value: {
      day: day ?? checkInDayFor(now, zone, dayStartHour),
      zone,
      ...recordedValues(draft),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  };
}

/**
 * Edits keep the day, the zone and the creation time: a check-in never moves. The update time is
 * always later than the one replaced, even when the clock stood still or was set back, because it
 * is the revision another tab's save is checked against.
 */
export function updateCheckIn(
  existing: CheckIn,
  draft: CheckInDraft,
  now: Date | string,
): Validated<CheckIn, CheckInField> {
  const issues = validateCheckInDraft(draft);
  if (issues.length > 0) return { ok: false, issues };
  const at = new Date(now).getTime();
  const afterExisting = Date.parse(existing.updatedAt) + 1;
  return { ok: true, value: { ...existing, ...recordedValues(draft), updatedAt: toIso(new Date(afterExisting > at ? afterExisting : at)) } };
}

// Only called after validation, so the rating casts are safe. Unanswered stays null: nothing is filled in.
function recordedValues(draft: CheckInDraft): Omit<CheckIn, 'day' | 'zone' | 'createdAt' | 'updatedAt'> {
  return {
    mood: draft.mood as Rating,
    energy: draft.energy as Rating | null,
    stress: draft.stress as Rating | null,
    sleepHours: draft.sleepHours,
    sleepQuality: draft.sleepQuality as Rating | null,
    hoursWorked: draft.hoursWorked,
    shift: draft.shift,
    tagIds: [...new Set(draft.tagIds)],
    note: draft.note.trim(),
  };
}

function toIso(instant: Date | string): string {
  return typeof instant === 'string' ? new Date(instant).toISOString() : instant.toISOString();
}
