import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { journalEntry } from '../testing/journal-fixtures';
import { EMPTY_SEARCH_CRITERIA } from './journal-search-criteria';
import { JournalSearchIndex } from './journal-search-index';

describe('JournalSearchIndex', () => {
  let index: JournalSearchIndex;
  const options = { zone: 'UTC', dayStartHour: 4 };
  const tea = journalEntry({ id: 'tea', text: 'The night nurse brought me tea.', tagIds: ['nights'] });
  const code = journalEntry({ id: 'code', text: 'A long code blue. Exhausted.', createdAt: '2026-03-09T10:00:00.000Z', mood: 1 });
  const find = (query: string, more = {}) =>
    index.search([tea, code], { ...EMPTY_SEARCH_CRITERIA, query, ...more }, options, 100).then(({ hits }) => hits.map((h) => h.entry.id));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    index = TestBed.inject(JournalSearchIndex);
  });

  it('is not built until the first search', async () => {
    expect(index.isBuilt).toBeFalse();
    expect(await find('exhausted')).toEqual(['code']);
    expect(index.isBuilt).toBeTrue();
  });

  it('can be built ahead of the first search', async () => {
    const built = await index.warm([tea, code], options);
    expect(built.isIndexed).toBeTrue();
    expect(await index.warm([], options)).toBe(built);
    expect(await find('tea')).toEqual(['tea']);
  });

  it('applies tag, mood and date filters', async () => {
    expect(await find('', { tagIds: ['nights'] })).toEqual(['tea']);
    expect(await find('', { moods: [1] })).toEqual(['code']);
    expect(await find('', { from: '2026-03-09', to: '2026-03-09' })).toEqual(['code']);
  });

  it('returns the match ranges to highlight', async () => {
    const {
      hits: [hit],
    } = await index.search([tea], { ...EMPTY_SEARCH_CRITERIA, query: 'tea' }, options, 10);
    expect(hit.matches).toEqual([{ start: 27, end: 30 }]);
  });

  it('is updated one entry at a time once built', async () => {
    await find('tea');
    index.upsert([journalEntry({ id: 'new', text: 'Tea again with the team' })]);
    index.remove('tea');
    // The entries passed now are ignored: the built index already knows what changed.
    expect(await find('tea')).toEqual(['new']);
  });

  it('builds again after a reset', async () => {
    await find('tea');
    index.reset();
    expect(index.isBuilt).toBeFalse();
    expect(await find('tea')).toEqual(['tea']);
  });
});
