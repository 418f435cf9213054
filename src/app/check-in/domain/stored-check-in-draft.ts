import { CheckIn, Tag } from './check-in';
import { CheckInDraft } from './check-in-draft';

/** The check-in form's unsaved input, kept on the device until it is saved or discarded. */
export interface StoredCheckInDraft {
  day: string;
  draft: CheckInDraft;
  /** Tags made in the form; they are stored with the check-in, not before. */
  newTags: Tag[];
  /** The stored check-in the edits were made to (null: there was none): a save still checks it. */
  opened: CheckIn | null;
  /** When it was autosaved (ISO). */
  savedAt: string;
}

const DRAFT_FIELDS = ['mood', 'energy', 'stress', 'sleepHours', 'sleepQuality', 'hoursWorked'] as const;

/**
 * The draft stored for `day`, or null when there is none or it is not one (written by another
 * version, or damaged): an unreadable draft is left out, never shown half.
 */
export function readStoredCheckInDraft(value: unknown, day: string): StoredCheckInDraft | null {
  if (!isObject(value) || value['day'] !== day || typeof value['savedAt'] !== 'string') return null;
  const { draft, newTags, opened } = value;
  if (!isObject(draft) || !DRAFT_FIELDS.every((field) => draft[field] === null || typeof draft[field] === 'number')) return null;
  if ((draft['shift'] !== null && typeof draft['shift'] !== 'string') || typeof draft['note'] !== 'string') return null;
  if (!isStringList(draft['tagIds']) || !Array.isArray(newTags) || !newTags.every(isTag)) return null;
  if (opened !== null && !(isObject(opened) && opened['day'] === day && typeof opened['updatedAt'] === 'string')) return null;
  return value as unknown as StoredCheckInDraft;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTag(value: unknown): value is Tag {
  return isObject(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string' && typeof value['archived'] === 'boolean';
}
