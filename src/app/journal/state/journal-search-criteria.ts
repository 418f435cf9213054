import { Rating } from '../../check-in';

/** What the search form holds; empty strings and lists mean "no filter". */
export interface JournalSearchCriteria {
  query: string;
  from: string;
  to: string;
  tagIds: string[];
  moods: Rating[];
}

export const EMPTY_SEARCH_CRITERIA: JournalSearchCriteria = { query: '', from: '', to: '', tagIds: [], moods: [] };
