import { emptyJournalDraft, JournalDraft } from './journal-draft';
import { startEditing } from './journal-editor-start';
import { JournalEntry } from './journal-entry';

const entry: JournalEntry = {
  id: 'e1',
  createdAt: '2026-03-08T07:00:00.000Z',
  updatedAt: '2026-03-08T07:00:00.000Z',
  mood: 3,
  tagIds: ['icu'],
  promptId: null,
  text: 'Long night.',
};

describe('startEditing', () => {
  it('starts a new entry empty, answering the chosen prompt', () => {
    expect(startEditing(null, null, 'gratitude-01')).toEqual({
      entry: null,
      draft: emptyJournalDraft('gratitude-01'),
      restoredFrom: null,
    });
  });

  it('restores a new entry’s draft and says when it was saved', () => {
    const saved: JournalDraft = { ...emptyJournalDraft(), text: 'Half a sent', savedAt: '2026-03-08T14:02:00.000Z' };
    const start = startEditing(null, saved, 'gratitude-01');
    expect(start.draft.text).toBe('Half a sent');
    expect(start.draft.promptId).toBe('gratitude-01');
    expect(start.restoredFrom).toBe('2026-03-08T14:02:00.000Z');
  });

  it('keeps the prompt the restored draft already answers', () => {
    const saved: JournalDraft = { ...emptyJournalDraft('boundaries-01'), text: 'No.', savedAt: '2026-03-08T14:02:00.000Z' };
    expect(startEditing(null, saved, 'gratitude-01').draft.promptId).toBe('boundaries-01');
  });

  it('opens an entry as stored when its draft holds nothing new', () => {
    const saved: JournalDraft = { entryId: 'e1', text: 'Long night.', mood: 3, tagIds: ['icu'], promptId: null, savedAt: 'x' };
    const start = startEditing(entry, saved, null);
    expect(start.restoredFrom).toBeNull();
    expect(start.draft).toEqual({ entryId: 'e1', text: 'Long night.', mood: 3, tagIds: ['icu'], promptId: null, savedAt: null, basedOn: entry.updatedAt });
  });

  it('restores an unsaved edit of an entry', () => {
    const saved: JournalDraft = { entryId: 'e1', text: 'Long night. Then', mood: 3, tagIds: ['icu'], promptId: null, savedAt: 'then' };
    const start = startEditing(entry, saved, null);
    expect(start.draft.text).toBe('Long night. Then');
    expect(start.restoredFrom).toBe('then');
  });

  it('ignores an empty leftover draft', () => {
    const saved: JournalDraft = { ...emptyJournalDraft(), text: '   ', savedAt: 'then' };
    expect(startEditing(null, saved, null).restoredFrom).toBeNull();
  });
});
