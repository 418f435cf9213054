import { Injectable } from '@angular/core';
import { JournalEntry } from '../domain/journal-entry';
import type { JournalSearch, JournalSearchFilters, JournalSearchOptions, JournalSearchResults } from '../domain/journal-search';
import { JournalSearchCriteria } from './journal-search-criteria';

/**
 * The journal's full-text index, kept out of the store: it is built (and its code loaded) on the
 * first search only, then updated one entry at a time as entries are saved, deleted and restored.
 * One per app, so every route that registers the journal's effects updates the same index.
 */
@Injectable({ providedIn: 'root' })
export class JournalSearchIndex {
  private index: Promise<JournalSearch> | null = null;
  private builtFor = '';

  get isBuilt(): boolean {
    return this.index !== null;
  }

  /**
   * Starts building the index in the background (the search page calls this on opening), so
   * that the first search need not wait for it. `entries` is read only when the index is built.
   */
  warm(entries: readonly JournalEntry[], options: Required<JournalSearchOptions>): Promise<JournalSearch> {
    const key = `${options.zone}|${options.dayStartHour}`;
    if (this.index === null || key !== this.builtFor) {
      this.builtFor = key;
      this.index = import('../domain/journal-search')
        .then(({ JournalSearch }) => new JournalSearch(entries, options))
        .then(async (search) => (await search.buildIndex(), search));
      this.index.catch(() => (this.index = null));
    }
    return this.index;
  }

  async search(
    entries: readonly JournalEntry[],
    criteria: JournalSearchCriteria,
    options: Required<JournalSearchOptions>,
    limit: number,
  ): Promise<JournalSearchResults> {
    return (await this.warm(entries, options)).search(criteria.query, toFilters(criteria), limit);
  }

  upsert(entries: readonly JournalEntry[]): void {
    void this.index?.then((index) => entries.forEach((entry) => index.upsert(entry)));
  }

  remove(id: string): void {
    void this.index?.then((index) => index.remove(id));
  }

  /** Forgets the index; the next search builds it again from the entries it is given. */
  reset(): void {
    this.index = null;
  }
}

function toFilters({ from, to, tagIds, moods }: JournalSearchCriteria): JournalSearchFilters {
  return {
    from: from || undefined,
    to: to || undefined,
    tagIds: tagIds.length > 0 ? tagIds : undefined,
    moods: moods.length > 0 ? moods : undefined,
  };
}
