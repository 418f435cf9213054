import { emptyJournalDraft } from './journal-draft';
import { JOURNAL_TEXT_MAX_LENGTH, createJournalEntry, updateJournalEntry, validateJournalDraft } from './journal-entry-rules';

const now = new Date('2026-03-08T07:00:00Z');
const draft = (change: object) => ({ ...emptyJournalDraft(), ...change });

describe('journal entry rules', () => {
  const accepted: [string, object][] = [
    ['some text', { text: 'A quiet night, finally.' }],
    ['only a mood', { mood: 2 }],
    ['a 100,000-character entry', { text: 'word '.repeat(20_000) }],
    ['exactly the limit', { text: 'x'.repeat(JOURNAL_TEXT_MAX_LENGTH) }],
    ['the limit in emoji, counted as characters', { text: '🌿'.repeat(JOURNAL_TEXT_MAX_LENGTH) }],
  ];
  for (const [why, change] of accepted) {
    it(`accepts ${why}`, () => {
      expect(validateJournalDraft(draft(change))).toEqual([]);
    });
  }

  const refused: [string, object, string, RegExp][] = [
    ['nothing at all', {}, 'text', /Write something or choose a mood/],
    ['only spaces', { text: '   \n' }, 'text', /Write something/],
    ['one character over the limit', { text: 'x'.repeat(200_001) }, 'text', /200,001 characters; one entry holds up to 200,000/],
    ['a mood of 0', { text: 'x', mood: 0 }, 'mood', /1 to 5/],
    ['an empty prompt id', { text: 'x', promptId: '' }, 'promptId', /prompt/],
  ];
  for (const [why, change, field, message] of refused) {
    it(`refuses ${why}`, () => {
      const issues = validateJournalDraft(draft(change));
      expect(issues.length).toBe(1);
      expect(issues[0].field).toBe(field);
      expect(issues[0].message).toMatch(message);
    });
  }

  it('creates an entry keeping the text exactly and tags once each', () => {
    const result = createJournalEntry(draft({ text: '  Two spaces.\n', mood: 4, tagIds: ['a', 'a', 'b'], promptId: 'gratitude-01' }), { id: 'e1', now });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'e1', createdAt: '2026-03-08T07:00:00.000Z', updatedAt: '2026-03-08T07:00:00.000Z',
        mood: 4, tagIds: ['a', 'b'], promptId: 'gratitude-01', text: '  Two spaces.\n',
      },
    });
  });

  it('updates the content and update time only', () => {
    const created = createJournalEntry(draft({ text: 'First.' }), { id: 'e1', now });
    if (!created.ok) return fail(created.issues);
    const later = new Date('2026-03-09T10:00:00Z');
    const updated = updateJournalEntry(created.value, draft({ entryId: 'e1', text: 'Second.' }), later);
    expect(updated).toEqual({ ok: true, value: { ...created.value, text: 'Second.', updatedAt: '2026-03-09T10:00:00.000Z' } });
    expect(updateJournalEntry(created.value, draft({}), later).ok).toBeFalse();
  });
});
