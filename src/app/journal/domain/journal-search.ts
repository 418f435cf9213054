import MiniSearch, { SearchResult } from 'minisearch';

import { DEFAULT_DAY_START_HOUR, Rating, checkInDayFor } from '../../check-in/domain';
import { JournalEntry } from './journal-entry';
import { TextRange, matchRanges, normalizeTerm, tokenize } from './search-text';
import { TextSnippet, textSnippet } from './text-snippet';
import { compareCodeUnits } from '../../shared/compare';

export interface JournalSearchFilters {
  /** First and last day to include, YYYY-MM-DD, as Tend counts days (see checkInDayFor). */
  from?: string;
  to?: string;
  /** Entries carrying every one of these tags. */
  tagIds?: readonly string[];
  /** Entries with any of these moods. */
  moods?: readonly Rating[];
}

export interface JournalSearchHit {
  entry: JournalEntry;
  score: number;
  /** Every matched word in `entry.text`. */
  matches: TextRange[];
  snippet: TextSnippet;
}

/** The best `limit` hits, and how many entries matched in all. */
export interface JournalSearchResults {
  hits: JournalSearchHit[];
  total: number;
}

export interface JournalSearchOptions {
  zone: string;
  dayStartHour?: number;
}

interface Indexed {
  entry: JournalEntry;
  day: string;
}

/**
 * Full-text search over journal entries, entirely in memory. The index is built when asked
 * (`buildIndex`, in slices that leave the page responsive) or at the latest on the first search,
 * never when the journal opens, and then kept up to date one entry at a time.
 */
export class JournalSearch {
  private readonly entries = new Map<string, Indexed>();
  private index: MiniSearch<JournalEntry> | null = null;
  private building: Promise<void> | null = null;
  /** Entries saved or removed while a background build was running, to bring up to date after it. */
  private readonly changedWhileBuilding = new Set<string>();

  constructor(
    entries: Iterable<JournalEntry>,
    private readonly options: JournalSearchOptions,
  ) {
    for (const entry of entries) this.entries.set(entry.id, this.toIndexed(entry));
  }

  get isIndexed(): boolean {
    return this.index !== null;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds an entry, or replaces the stored version with the same id. */
  upsert(entry: JournalEntry): void {
    const had = this.entries.has(entry.id);
    this.entries.set(entry.id, this.toIndexed(entry));
    if (this.index) {
      if (had) this.index.replace(entry);
      else this.index.add(entry);
    } else if (this.building) {
      this.changedWhileBuilding.add(entry.id);
    }
  }

  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    if (this.index) this.index.discard(id);
    else if (this.building) this.changedWhileBuilding.add(id);
  }

  /** Builds the index a few hundred entries at a time, yielding to the page between slices. */
  buildIndex(): Promise<void> {
    if (this.index) return Promise.resolve();
    this.building ??= this.buildInSlices();
    return this.building;
  }

  private async buildInSlices(): Promise<void> {
    const index = this.createIndex();
    await index.addAllAsync([...this.entries.values()].map(({ entry }) => entry), { chunkSize: 250 });
    for (const id of this.changedWhileBuilding) {
      if (index.has(id)) index.discard(id);
      const current = this.entries.get(id);
      if (current) index.add(current.entry);
    }
    this.changedWhileBuilding.clear();
    this.building = null;
    // A search during the build built its own index synchronously; that one is current.
    this.index ??= index;
  }

  /**
   * Words may be partial ("exhaus") or slightly misspelt ("exhasted"). An empty query lists the
   * entries the filters allow, newest first. Only the hits returned get their highlights and
   * snippet, so a common word costs little however many entries it matches.
   */
  search(query: string, filters: JournalSearchFilters = {}, limit = Infinity): JournalSearchResults {
    const keep = (id: string): boolean => this.passes(this.entries.get(id), filters);
    if (tokenize(query).length === 0) {
      const listed = [...this.entries.values()].filter(({ entry }) => keep(entry.id)).map(({ entry }) => entry);
      return {
        total: listed.length,
        hits: listed
          .sort(newestFirst)
          .slice(0, limit)
          .map((entry) => ({ entry, score: 0, matches: [], snippet: textSnippet(entry.text, []) })),
      };
    }
    const filtered = filters.from !== undefined || filters.to !== undefined || !!filters.tagIds?.length || !!filters.moods?.length;
    const found = this.ensureIndex().search(query, filtered ? { filter: (result) => keep(result.id as string) } : {});
    return { total: found.length, hits: this.best(found, limit).map(({ result, entry }) => this.toHit(result, entry)) };
  }

  /**
   * The first `limit` results by score, newest first among equal scores. MiniSearch returns
   * results by descending score, so only those scoring at least the `limit`-th need sorting:
   * a common word matching thousands of entries then costs no more than a rare one.
   */
  private best(found: SearchResult[], limit: number): { result: SearchResult; entry: JournalEntry }[] {
    if (limit < 1) return [];
    const cut = found.length > limit ? found[limit - 1].score : -Infinity;
    const candidates: { result: SearchResult; entry: JournalEntry }[] = [];
    for (const result of found) {
      if (result.score < cut) break;
      candidates.push({ result, entry: (this.entries.get(result.id as string) as Indexed).entry });
    }
    return candidates.sort((a, b) => b.result.score - a.result.score || newestFirst(a.entry, b.entry)).slice(0, limit);
  }

  private toHit(result: SearchResult, entry: JournalEntry): JournalSearchHit {
    const matches = matchRanges(entry.text, result.terms);
    return { entry, score: result.score, matches, snippet: textSnippet(entry.text, matches) };
  }

  private passes(indexed: Indexed | undefined, { from, to, tagIds, moods }: JournalSearchFilters): boolean {
    if (!indexed) return false;
    const { entry, day } = indexed;
    return (
      (from === undefined || day >= from) &&
      (to === undefined || day <= to) &&
      (tagIds === undefined || tagIds.every((id) => entry.tagIds.includes(id))) &&
      (moods === undefined || moods.length === 0 || (entry.mood !== null && moods.includes(entry.mood)))
    );
  }

  private ensureIndex(): MiniSearch<JournalEntry> {
    if (!this.index) {
      this.index = this.createIndex();
      this.index.addAll([...this.entries.values()].map(({ entry }) => entry));
    }
    return this.index;
  }

  private createIndex(): MiniSearch<JournalEntry> {
    return new MiniSearch<JournalEntry>({
      fields: ['text'],
      tokenize,
      processTerm: (term) => normalizeTerm(term) || null,
      searchOptions: { prefix: true, fuzzy: 0.2 },
    });
  }

  private toIndexed(entry: JournalEntry): Indexed {
    const { zone, dayStartHour = DEFAULT_DAY_START_HOUR } = this.options;
    return { entry, day: checkInDayFor(entry.createdAt, zone, dayStartHour) };
  }
}

function newestFirst(a: JournalEntry, b: JournalEntry): number {
  return compareCodeUnits(b.createdAt, a.createdAt);
}
