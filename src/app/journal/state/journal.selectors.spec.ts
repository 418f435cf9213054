import { journalEntry, journalStateAfter } from '../testing/journal-fixtures';
import { JournalDbActions } from './journal-db.actions';
import { journalFeature } from './journal.feature';
import { selectEntryCard, selectEntryCountThisWeek } from './journal.selectors';

describe('journal selectors with parameters', () => {
  it('counts the entries of the seven Tend days ending today', () => {
    const entries = [
      journalEntry({ id: 'today', createdAt: '2026-03-08T12:00:00.000Z' }),
      // 02:00 local counts for the evening before with a 04:00 day start.
      journalEntry({ id: 'night', createdAt: '2026-03-02T02:00:00.000Z' }),
      journalEntry({ id: 'six-days-ago', createdAt: '2026-03-02T12:00:00.000Z' }),
      journalEntry({ id: 'older', createdAt: '2026-03-01T12:00:00.000Z' }),
      journalEntry({ id: 'tomorrow', createdAt: '2026-03-09T12:00:00.000Z' }),
    ];
    expect(selectEntryCountThisWeek('2026-03-08', 'UTC').projector(entries, 4)).toBe(2);
    expect(selectEntryCountThisWeek('2026-03-08', 'UTC').projector(entries, 0)).toBe(3);
  });

  it('gives the card of one entry, or null when it is not there', () => {
    const entry = journalEntry({ tagIds: ['icu'] });
    const tags = { icu: { id: 'icu', name: 'ICU', archived: false } };
    expect(selectEntryCard('e1').projector({ e1: entry }, tags)?.tagNames).toEqual(['ICU']);
    expect(selectEntryCard('nope').projector({ e1: entry }, tags)).toBeNull();
  });

  for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`finds no entry for the id “${id}” from the address`, () => {
      const entities = journalFeature.selectEntryEntities.projector(
        journalStateAfter(JournalDbActions.loadSucceeded({ entries: [journalEntry()] })).entries,
      );
      expect(() => selectEntryCard(id).projector(entities, {})).not.toThrow();
      expect(selectEntryCard(id).projector(entities, {})).toBeNull();
    });
  }
});
