import { Tag } from '../../check-in/domain';
import { tagNames } from '../../check-in/domain/check-in-csv';
import { toCsv } from '../../shared/csv';
import { JournalEntry } from './journal-entry';
import { promptById } from './journal-prompts';
import { compareCodeUnits } from '../../shared/compare';

export const JOURNAL_CSV_HEADER = ['id', 'created', 'updated', 'mood', 'tags', 'prompt', 'text'] as const;

/**
 * One row per entry, oldest first. The prompt is written out in words so the file reads on its
 * own; a prompt no longer in the library keeps its id.
 */
export function journalEntriesToCsv(entries: readonly JournalEntry[], tags: readonly Tag[]): string {
  const names = tagNames(tags);
  const rows = [...entries]
    .sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt))
    .map((e) => [
      e.id,
      e.createdAt,
      e.updatedAt,
      e.mood ?? '',
      names(e.tagIds),
      e.promptId === null ? '' : (promptById(e.promptId)?.text ?? e.promptId),
      e.text,
    ]);
  return toCsv([JOURNAL_CSV_HEADER, ...rows]);
}
