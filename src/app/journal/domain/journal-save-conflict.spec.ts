import { journalEntry } from '../testing/journal-fixtures';
import { draftFromEntry, JournalDraft } from './journal-draft';
import { keepBoth } from './journal-save-conflict';

describe('keepBoth', () => {
  const theirs = journalEntry({ text: 'Night shift.\nLine from A.', tagIds: ['nights', 'icu'], mood: 2 });
  const mine: JournalDraft = { ...draftFromEntry(journalEntry()), text: 'Night shift.\nLine from B.', tagIds: ['icu', 'tired'], mood: 4 };

  it('keeps their text, a blank line, then mine, with the tags of both and my mood', () => {
    expect(keepBoth(theirs, mine)).toEqual({
      ...mine,
      text: 'Night shift.\nLine from A.\n\nNight shift.\nLine from B.',
      tagIds: ['nights', 'icu', 'tired'],
      mood: 4,
    });
  });

  it('adds no blank line to an empty side, and no second one after their trailing newline', () => {
    expect(keepBoth({ ...theirs, text: '' }, mine).text).toBe('Night shift.\nLine from B.');
    expect(keepBoth(theirs, { ...mine, text: '' }).text).toBe('Night shift.\nLine from A.');
    expect(keepBoth({ ...theirs, text: 'A.\n' }, { ...mine, text: 'B.' }).text).toBe('A.\n\nB.');
  });

  it('takes their mood and prompt where I chose none', () => {
    const both = keepBoth({ ...theirs, promptId: 'gratitude-01' }, { ...mine, mood: null, promptId: null });
    expect(both.mood).toBe(2);
    expect(both.promptId).toBe('gratitude-01');
  });
});
