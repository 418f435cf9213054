import { Dictionary } from '@ngrx/entity';
import { Tag, ratingLabel } from '../../check-in';
import { JournalEntry } from '../domain/journal-entry';
import { JournalPrompt } from '../domain/journal-prompt';
import { promptById } from '../domain/journal-prompts';
import { TextRange } from '../domain/search-text';
import { TextSnippet, textSnippet } from '../domain/text-snippet';

/** An entry as lists and pages show it: words for the mood and tags, and a short excerpt. */
export interface JournalEntryCard {
  entry: JournalEntry;
  moodLabel: string | null;
  tagNames: string[];
  prompt: JournalPrompt | null;
  snippet: TextSnippet;
}

export function toEntryCard(
  entry: JournalEntry,
  tags: Dictionary<Tag>,
  matches: readonly TextRange[] = [],
  snippet: TextSnippet = textSnippet(entry.text, matches),
): JournalEntryCard {
  return {
    entry,
    moodLabel: entry.mood === null ? null : ratingLabel('mood', entry.mood),
    tagNames: entry.tagIds.map((id) => tags[id]?.name).filter((name): name is string => name !== undefined),
    prompt: entry.promptId === null ? null : (promptById(entry.promptId) ?? null),
    snippet,
  };
}
