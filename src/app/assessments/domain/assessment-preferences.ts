import { Sex } from './assessment-result';
import { isKnownInstrument } from './instrument-names';
import { isRecord } from './stored-assessment';

export const REMINDER_INTERVALS = ['off', 'every-2-weeks', 'monthly', 'every-3-months'] as const;
export type ReminderInterval = (typeof REMINDER_INTERVALS)[number];

/** What the assessments remember between visits, kept on the device with the drafts. */
export interface AssessmentPreferences {
  /** Replaces ProQOL's "[helper]"; blank keeps the published wording. */
  readonly profession: string;
  /** For AUDIT-C's cut-off; 'unstated' when the person prefers not to say. */
  readonly sex: Sex | 'unstated' | null;
  /** Re-take reminder per instrument id; absent means off. */
  readonly reminders: Readonly<Record<string, ReminderInterval>>;
}

export const DEFAULT_PREFERENCES: AssessmentPreferences = { profession: '', sex: null, reminders: {} };

export const PROFESSION_MAX_LENGTH = 60;

/** Keeps every valid field of a stored record and defaults the rest. */
export function normalizePreferences(value: unknown): AssessmentPreferences {
  if (!isRecord(value)) return DEFAULT_PREFERENCES;
  const reminders: Record<string, ReminderInterval> = {};
  if (isRecord(value['reminders'])) {
    for (const [id, interval] of Object.entries(value['reminders'])) {
      if (isKnownInstrument(id) && REMINDER_INTERVALS.includes(interval as ReminderInterval) && interval !== 'off') {
        reminders[id] = interval as ReminderInterval;
      }
    }
  }
  const sex = value['sex'];
  const profession = value['profession'];
  return {
    profession: typeof profession === 'string' ? profession.slice(0, PROFESSION_MAX_LENGTH) : '',
    sex: sex === 'female' || sex === 'male' || sex === 'unstated' ? sex : null,
    reminders,
  };
}
