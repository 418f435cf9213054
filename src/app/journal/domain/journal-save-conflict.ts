import { JournalDraft } from './journal-draft';
import { JournalEntry } from './journal-entry';

/** What to do when another tab saved (or deleted) the entry since this editor opened it. */
export type SaveConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Both versions in one: the other tab's text, a blank line, then mine; the tags of both; my mood
 * and prompt where I chose one, else theirs.
 */
export function keepBoth(theirs: JournalEntry, mine: JournalDraft): JournalDraft {
  const theirText = theirs.text.replace(/\n+$/, '');
  return {
    ...mine,
    text: theirText === '' ? mine.text : mine.text === '' ? theirText : `${theirText}\n\n${mine.text}`,
    tagIds: [...new Set([...theirs.tagIds, ...mine.tagIds])],
    mood: mine.mood ?? theirs.mood,
    promptId: mine.promptId ?? theirs.promptId,
  };
}
