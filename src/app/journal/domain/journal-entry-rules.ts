import { FieldIssue, Validated, characterCount, isRating } from '../../check-in/domain';
import { JournalDraft } from './journal-draft';
import { JournalEntry } from './journal-entry';

/** Far beyond any real entry (a 100,000-character entry is fine), but bounded so search stays fast. */
export const JOURNAL_TEXT_MAX_LENGTH = 200_000;

export type JournalField = 'text' | 'mood' | 'tagIds' | 'promptId';

export interface NewJournalEntryContext {
  id: string;
  now: Date;
}

/** An entry needs words or a mood; text is kept exactly as written, spaces and all. */
export function validateJournalDraft(draft: JournalDraft): FieldIssue<JournalField>[] {
  const issues: FieldIssue<JournalField>[] = [];
  if (draft.text.trim() === '' && draft.mood === null) {
    issues.push({ field: 'text', message: 'Write something or choose a mood before saving.' });
  }
  const length = characterCount(draft.text);
  if (length > JOURNAL_TEXT_MAX_LENGTH) {
    issues.push({
      field: 'text',
      message:
        `This entry has ${length.toLocaleString('en-US')} characters; one entry holds up to ` +
        `${JOURNAL_TEXT_MAX_LENGTH.toLocaleString('en-US')}. Split it into two entries to keep it all.`,
    });
  }
  if (draft.mood !== null && !isRating(draft.mood)) {
    issues.push({ field: 'mood', message: 'Mood must be a whole number from 1 to 5.' });
  }
  if (draft.tagIds.some((id) => typeof id !== 'string' || id === '')) {
    issues.push({ field: 'tagIds', message: 'One of the tags could not be found. Choose the tags again.' });
  }
  if (draft.promptId === '') {
    issues.push({ field: 'promptId', message: 'The prompt could not be found. Choose it again.' });
  }
  return issues;
}

export function createJournalEntry(
  draft: JournalDraft,
  { id, now }: NewJournalEntryContext,
): Validated<JournalEntry, JournalField> {
  const issues = validateJournalDraft(draft);
  if (issues.length > 0) return { ok: false, issues };
  const timestamp = now.toISOString();
  return { ok: true, value: { id, createdAt: timestamp, updatedAt: timestamp, ...content(draft) } };
}

export function updateJournalEntry(
  entry: JournalEntry,
  draft: JournalDraft,
  now: Date,
): Validated<JournalEntry, JournalField> {
  const issues = validateJournalDraft(draft);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { ...entry, ...content(draft), updatedAt: now.toISOString() } };
}

function content(draft: JournalDraft): Pick<JournalEntry, 'text' | 'mood' | 'tagIds' | 'promptId'> {
  return { text: draft.text, mood: draft.mood, tagIds: [...new Set(draft.tagIds)], promptId: draft.promptId };
}
