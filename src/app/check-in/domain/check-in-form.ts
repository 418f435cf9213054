import { CheckIn, Tag } from './check-in';
import { CheckInDraft, defaultCheckInDraft, draftFromCheckIn } from './check-in-draft';
import { StoredCheckInDraft } from './stored-check-in-draft';

/** What the check-in form holds for one day, and the stored check-in its edits apply to. */
export interface CheckInForm {
  day: string;
  /** The stored check-in the form was opened on (null: none): a save goes ahead only while it is still the stored one. */
  opened: CheckIn | null;
  draft: CheckInDraft;
  /** Tags made in the form, saved with the check-in. */
  newTags: Tag[];
  /** When the draft the form was restored from had been autosaved; null when it was not restored. */
  restoredAt: string | null;
  /** The stored check-in changed elsewhere under unsaved edits: the save will ask whose to keep. */
  changedElsewhere: boolean;
}

/** What a form holds with no edits: the stored check-in's answers, or none. */
export function answersOf(checkIn: CheckIn | null): CheckInDraft {
  return checkIn ? draftFromCheckIn(checkIn) : defaultCheckInDraft();
}

/** Two drafts store the same check-in: the note is trimmed and tags are a set when saved. */
export function sameAnswers(a: CheckInDraft, b: CheckInDraft): boolean {
  const key = (d: CheckInDraft) => JSON.stringify({ ...d, note: d.note.trim(), tagIds: [...new Set(d.tagIds)].sort() });
  return key(a) === key(b);
}

/** Whether two records are the same revision of a check-in (or both absent). */
export function sameRevision(a: CheckIn | null, b: CheckIn | null): boolean {
  return a === null || b === null ? a === b : a.day === b.day && a.updatedAt === b.updatedAt;
}

/** Whether the form holds anything not stored in the check-in it was opened on (a new tag counts once chosen). */
export function isFormEdited(form: Pick<CheckInForm, 'opened' | 'draft'>): boolean {
  return !sameAnswers(form.draft, answersOf(form.opened));
}

/** The form for `day` as it opens: on its stored check-in, or on the draft left from last time. */
export function openCheckInForm(day: string, stored: CheckIn | null, restored: StoredCheckInDraft | null = null): CheckInForm {
  const fresh: CheckInForm = { day, opened: stored, draft: answersOf(stored), newTags: [], restoredAt: null, changedElsewhere: false };
  if (!restored) return fresh;
  const draft: CheckInForm = { ...fresh, opened: restored.opened, draft: restored.draft, newTags: restored.newTags, restoredAt: restored.savedAt };
  return isFormEdited(draft) ? followStoredCheckIn(draft, stored, null) : fresh;
}

/**
 * The form once the stored check-in of its day has changed (saved here or in another tab). A
 * form without edits, or whose edits are what is now stored, shows the stored check-in. A form
 * with other edits keeps them: on its own save (`savedHere`), they now apply to it; on another
 * tab's, the form says so and its save will ask whose to keep.
 */
export function followStoredCheckIn(form: CheckInForm, stored: CheckIn | null, savedHere: CheckIn | null): CheckInForm {
  if (sameRevision(form.opened, stored)) return form;
  if (!isFormEdited(form) || sameAnswers(form.draft, answersOf(stored))) return openCheckInForm(form.day, stored);
  if (stored !== null && savedHere !== null && sameRevision(stored, savedHere)) {
    const newTags = form.newTags.filter((tag) => !stored.tagIds.includes(tag.id));
    return { ...form, opened: stored, newTags, changedElsewhere: false };
  }
  return form.changedElsewhere ? form : { ...form, changedElsewhere: true };
}
