import { JournalEntry } from './journal-entry';
import { JournalSearch } from './journal-search';

const ZONE = 'America/New_York';
let n = 0;
function entry(text: string, change: Partial<JournalEntry> = {}): JournalEntry {
  n++;
  const createdAt = change.createdAt ?? `2026-03-${String(n % 28 + 1).padStart(2, '0')}T18:00:00.000Z`;
  return { id: `e${n}`, createdAt, updatedAt: createdAt, mood: null, tagIds: [], promptId: null, text, ...change };
}
const ids = (search: JournalSearch, query: string, filters = {}) => search.search(query, filters).hits.map((h) => h.entry.id);

describe('JournalSearch', () => {
  describe('ranking', () => {
    it('ranks an entry that uses the word more often higher', () => {
      const once = entry('Handover went fine and the rest of the night stayed calm and quiet.', { id: 'once' });
      const thrice = entry('Handover ran long. Handover notes were late. Handover again tomorrow.', { id: 'thrice' });
      const search = new JournalSearch([once, thrice], { zone: ZONE });
      expect(ids(search, 'handover')).toEqual(['thrice', 'once']);
    });

    it('ranks an entry with a rarer word above one with a common word', () => {
      const common = Array.from({ length: 6 }, (_, i) => entry(`Tired again after shift ${i}.`));
      const tired = entry('Felt tired after the clinic today.', { id: 'tired' });
      const insomnia = entry('Felt insomnia after the clinic today.', { id: 'insomnia' });
      const search = new JournalSearch([tired, ...common, insomnia], { zone: ZONE });
      const ranked = ids(search, 'tired insomnia');
      expect(ranked[0]).toBe('insomnia');
      expect(ranked.indexOf('insomnia')).toBeLessThan(ranked.indexOf('tired'));
    });

    it('ranks an exact word above a longer word it begins and a near miss', () => {
      const search = new JournalSearch(
        [
          entry('Tiredness after rounds.', { id: 'prefix' }),
          entry('Tires after rounds.', { id: 'fuzzy' }),
          entry('Tired after rounds.', { id: 'exact' }),
        ],
        { zone: ZONE },
      );
      const ranked = ids(search, 'tired');
      expect(ranked.length).toBe(3);
      expect(ranked[0]).toBe('exact');
    });
  });

  describe('matching', () => {
    const search = new JournalSearch(
      [
        entry('Exhausted after the code.', { id: 'a' }),
        entry('A café con leche with Ana in the break room.', { id: 'b' }),
        entry('Nothing to see here.', { id: 'c' }),
      ],
      { zone: ZONE },
    );

    it('matches prefixes, small typos, any case and missing accents', () => {
      expect(ids(search, 'exhaus')).toEqual(['a']);
      expect(ids(search, 'exhasted')).toEqual(['a']);
      expect(ids(search, 'EXHAUSTED')).toEqual(['a']);
      expect(ids(search, 'cafe')).toEqual(['b']);
      expect(ids(search, 'zebra')).toEqual([]);
    });
  });

  describe('highlights', () => {
    it('gives the offsets of every matched word, prefix matches included', () => {
      const text = 'Sleep came late. Slept badly; sleeping pills? No.';
      const search = new JournalSearch([entry(text)], { zone: ZONE });
      const [hit] = search.search('sleep').hits;
      expect(hit.matches).toEqual([
        { start: 0, end: 5 },
        { start: 30, end: 38 },
      ]);
      expect(hit.matches.map((m) => text.slice(m.start, m.end))).toEqual(['Sleep', 'sleeping']);
      expect(hit.snippet.text).toBe(text);
      expect(hit.snippet.matches).toEqual(hit.matches);
    });

    it('highlights the words a misspelt query found', () => {
      const text = 'Sleep came late. Slept badly; sleeping pills? No.';
      const search = new JournalSearch([entry(text)], { zone: ZONE });
      const [hit] = search.search('slep').hits;
      expect(hit.matches.map((m) => text.slice(m.start, m.end))).toEqual(['Sleep', 'Slept']);
    });

    it('highlights inside a 100,000-character entry with a short snippet', () => {
      const text = 'ordinary words '.repeat(4000) + 'a moment of gratitude ' + 'more words '.repeat(3000);
      const search = new JournalSearch([entry(text)], { zone: ZONE });
      const [hit] = search.search('gratitude').hits;
      expect(text.length).toBeGreaterThan(90_000);
      expect(hit.matches.map((m) => text.slice(m.start, m.end))).toEqual(['gratitude']);
      expect(hit.snippet.clippedStart && hit.snippet.clippedEnd).toBeTrue();
      const [m] = hit.snippet.matches;
      expect(hit.snippet.text.slice(m.start, m.end)).toBe('gratitude');
    });
  });

  describe('filters', () => {
    // 2026-03-08T06:00Z is 01:00 in New York: it counts for 2026-03-07, the day before.
    const entries = [
      entry('Rounds with the team.', { id: 'early', createdAt: '2026-03-01T15:00:00.000Z', mood: 2, tagIds: ['icu'] }),
      entry('Rounds after the night.', { id: 'night', createdAt: '2026-03-08T06:00:00.000Z', mood: 4, tagIds: ['icu', 'nights'] }),
      entry('Rounds in clinic.', { id: 'late', createdAt: '2026-03-10T15:00:00.000Z', mood: null, tagIds: ['clinic'] }),
    ];
    const search = new JournalSearch(entries, { zone: ZONE });

    const cases: [string, object, string[]][] = [
      ['no filter', {}, ['late', 'night', 'early']],
      ['a day range, by shift-aware day', { from: '2026-03-02', to: '2026-03-07' }, ['night']],
      ['an open-ended start', { from: '2026-03-08' }, ['late']],
      ['an open-ended end', { to: '2026-03-01' }, ['early']],
      ['one tag', { tagIds: ['icu'] }, ['night', 'early']],
      ['every listed tag', { tagIds: ['icu', 'nights'] }, ['night']],
      ['moods', { moods: [4, 5] }, ['night']],
      ['mood and tag together', { moods: [2], tagIds: ['nights'] }, []],
    ];
    for (const [why, filters, expected] of cases) {
      it(`applies ${why} to a query and to an empty query`, () => {
        expect(ids(search, 'rounds', filters).sort()).toEqual([...expected].sort());
        expect(ids(search, '  ', filters)).toEqual(expected);
      });
    }
  });

  describe('incremental updates', () => {
    it('builds the index only when first searched', () => {
      const search = new JournalSearch([entry('Breathing exercise helped.')], { zone: ZONE });
      expect(search.isIndexed).toBeFalse();
      search.upsert(entry('Another one.'));
      expect(search.isIndexed).toBeFalse();
      expect(search.search('breathing').total).toBe(1);
      expect(search.isIndexed).toBeTrue();
      expect(search.size).toBe(2);
    });

    it('adds, replaces and removes one entry at a time after indexing', () => {
      const first = entry('Walked the dog after work.', { id: 'walk' });
      const search = new JournalSearch([first], { zone: ZONE });
      expect(ids(search, 'dog')).toEqual(['walk']);

      search.upsert(entry('Swam before the night shift.', { id: 'swim' }));
      expect(ids(search, 'swam')).toEqual(['swim']);

      search.upsert({ ...first, text: 'Walked the cat, somehow.' });
      expect(ids(search, 'dog')).toEqual([]);
      expect(ids(search, 'cat')).toEqual(['walk']);
      expect(search.size).toBe(2);

      search.remove('swim');
      expect(ids(search, 'swam')).toEqual([]);
      expect(ids(search, '')).toEqual(['walk']);

      search.remove('not-there');
      expect(search.size).toBe(1);
    });

    it('builds in the background, keeping entries saved and removed meanwhile', async () => {
      const kept = entry('Coffee with the charge nurse.', { id: 'kept' });
      const gone = entry('Coffee alone at 3 am.', { id: 'gone' });
      const edited = entry('Tea, for once.', { id: 'edited' });
      const search = new JournalSearch([kept, gone, edited, ...Array.from({ length: 600 }, () => entry('filler words'))], { zone: ZONE });
      const built = search.buildIndex();
      expect(search.isIndexed).toBeFalse();
      search.remove('gone');
      search.upsert({ ...edited, text: 'Coffee, after all.' });
      search.upsert(entry('Coffee at the new job.', { id: 'added' }));
      await built;
      expect(search.isIndexed).toBeTrue();
      expect(ids(search, 'coffee').sort()).toEqual(['added', 'edited', 'kept']);
      expect(ids(search, 'tea')).toEqual([]);
      await expectAsync(search.buildIndex()).toBeResolved();
    });

    it('can re-add an entry it removed', () => {
      const e = entry('Gratitude for the porters.', { id: 'p' });
      const search = new JournalSearch([e], { zone: ZONE });
      search.search('porters');
      search.remove('p');
      search.upsert(e);
      expect(ids(search, 'porters')).toEqual(['p']);
    });
  });

  it('returns the best hits up to a limit, with the number of all matches', () => {
    const search = new JournalSearch([entry('note one'), entry('note two note'), entry('note three'), entry('other')], { zone: ZONE });
    const { hits, total } = search.search('note', {}, 2);
    expect(total).toBe(3);
    expect(hits.length).toBe(2);
    expect(hits[0].entry.text).toBe('note two note');
    expect(search.search('', {}, 1)).toEqual(jasmine.objectContaining({ total: 4 }));
  });

  it('breaks ties at the limit by taking the newest entries', () => {
    const same = (id: string, day: number) => entry('Coffee after rounds.', { id, createdAt: `2026-04-${String(day).padStart(2, '0')}T12:00:00.000Z` });
    const search = new JournalSearch([same('a', 3), same('b', 9), same('c', 1), same('d', 7), entry('Coffee, coffee, coffee.', { id: 'top' })], { zone: ZONE });
    expect(search.search('coffee', {}, 3).hits.map((h) => h.entry.id)).toEqual(['top', 'b', 'd']);
    expect(search.search('coffee', {}, 0)).toEqual({ total: 5, hits: [] });
  });
});
