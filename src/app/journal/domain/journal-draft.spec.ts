import { JournalEntry } from './journal-entry';
import { draftFromEntry, emptyJournalDraft, isDraftDirty, isDraftOutdated, markDraftSaved } from './journal-draft';

const stored: JournalEntry = {
  id: 'e1',
  createdAt: '2026-03-08T07:00:00.000Z',
  updatedAt: '2026-03-08T07:00:00.000Z',
  mood: 3,
  tagIds: ['a', 'b'],
  promptId: 'gratitude-01',
  text: 'The night nurse brought me tea.',
};

describe('journal draft', () => {
  it('starts empty, optionally answering a prompt', () => {
    expect(emptyJournalDraft('meaning-01')).toEqual({
      entryId: null, text: '', mood: null, tagIds: [], promptId: 'meaning-01', savedAt: null,
    });
  });

  it('records when it was autosaved', () => {
    expect(markDraftSaved(emptyJournalDraft(), new Date('2026-03-08T07:01:00Z')).savedAt).toBe('2026-03-08T07:01:00.000Z');
  });

  describe('isDraftDirty for a new entry', () => {
    const cases: [string, Partial<ReturnType<typeof emptyJournalDraft>>, boolean][] = [
      ['nothing written', {}, false],
      ['only a prompt chosen', { promptId: 'gratitude-01' }, false],
      ['only whitespace', { text: ' \n\t' }, false],
      ['some words', { text: 'Tired.' }, true],
      ['a mood', { mood: 2 }, true],
      ['a tag', { tagIds: ['a'] }, true],
    ];
    for (const [why, change, dirty] of cases) {
      it(`is ${dirty ? 'dirty' : 'clean'} with ${why}`, () => {
        expect(isDraftDirty({ ...emptyJournalDraft(), ...change }, null)).toBe(dirty);
      });
    }
  });

  describe('isDraftDirty for an edit', () => {
    const draft = draftFromEntry(stored);
    const cases: [string, object, boolean][] = [
      ['no change', {}, false],
      ['tags in another order', { tagIds: ['b', 'a'] }, false],
      ['a newer autosave time', { savedAt: '2026-03-08T08:00:00.000Z' }, false],
      ['a changed word', { text: 'The night nurse brought me coffee.' }, true],
      ['a trailing space', { text: stored.text + ' ' }, true],
      ['another mood', { mood: 4 }, true],
      ['mood cleared', { mood: null }, true],
      ['a tag removed', { tagIds: ['a'] }, true],
      ['a tag swapped', { tagIds: ['a', 'c'] }, true],
      ['the prompt removed', { promptId: null }, true],
    ];
    for (const [why, change, dirty] of cases) {
      it(`is ${dirty ? 'dirty' : 'clean'} with ${why}`, () => {
        expect(isDraftDirty({ ...draft, ...change }, stored)).toBe(dirty);
      });
    }
  });

  it('copies an entry without sharing its tag list', () => {
    const draft = draftFromEntry(stored);
    draft.tagIds.push('c');
    expect(stored.tagIds).toEqual(['a', 'b']);
    expect(draft.entryId).toBe('e1');
  });

  it('knows when an edit was made to an older version than the one stored now', () => {
    const draft = draftFromEntry(stored);
    expect(isDraftOutdated(draft, stored)).toBeFalse();
    expect(isDraftOutdated(draft, { ...stored, updatedAt: '2026-03-09T08:00:00.000Z' })).toBeTrue();
    expect(isDraftOutdated(emptyJournalDraft(), null)).toBeFalse();
    // A draft that does not say what it was based on is taken as based on the stored entry.
    expect(isDraftOutdated({ ...draft, basedOn: undefined }, { ...stored, updatedAt: '2026-03-09T08:00:00.000Z' })).toBeFalse();
  });
});
