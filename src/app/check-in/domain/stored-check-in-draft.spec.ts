import { defaultCheckInDraft } from './check-in-draft';
import { readStoredCheckInDraft, StoredCheckInDraft } from './stored-check-in-draft';

describe('readStoredCheckInDraft', () => {
  const stored: StoredCheckInDraft = {
    day: '2026-12-07',
    draft: { ...defaultCheckInDraft(), mood: 2, tagIds: ['t1'], note: 'Long day' },
    newTags: [{ id: 't1', name: 'Nights', archived: false }],
    opened: null,
    savedAt: '2026-12-07T20:00:00.000Z',
  };

  it('reads a draft of its day', () => {
    expect(readStoredCheckInDraft(stored, '2026-12-07')).toEqual(stored);
  });

  const unreadable: [string, unknown][] = [
    ['nothing', undefined],
    ["another day's draft", stored],
    ['a draft without its answers', { ...stored, draft: null }],
    ['a rating that is text', { ...stored, draft: { ...stored.draft, mood: 'great' } }],
    ['tags that are not a list', { ...stored, draft: { ...stored.draft, tagIds: 't1' } }],
    ['a new tag without a name', { ...stored, newTags: [{ id: 't1' }] }],
    ['an opened check-in of another day', { ...stored, opened: { day: '2026-12-06', updatedAt: 'x' } }],
  ];
  for (const [what, value] of unreadable) {
    it(`leaves out ${what}`, () => {
      expect(readStoredCheckInDraft(value, what === "another day's draft" ? '2026-12-08' : '2026-12-07')).toBeNull();
    });
  }
});
