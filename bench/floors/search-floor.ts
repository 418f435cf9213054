// The floor for journal search: MiniSearch alone, configured as Tend's journal search, over the
// same entries and queries; no filters, highlights, snippets or drawing.
import MiniSearch from 'minisearch';
import { normalizeTerm, tokenize } from '../../src/app/journal/domain/search-text';

interface Entry {
  id: string;
  text: string;
}

export function searchFloor(entries: Entry[], queries: string[]): { first: number; times: number[] } {
  const started = performance.now();
  const index = new MiniSearch<Entry>({
    fields: ['text'],
    tokenize,
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  index.addAll(entries);
  index.search('gratitude');
  const first = performance.now() - started;
  const times = queries.map((query) => {
    const t = performance.now();
    index.search(query);
    return performance.now() - t;
  });
  return { first, times };
}

(globalThis as unknown as { searchFloor: typeof searchFloor }).searchFloor = searchFloor;
