import { Rating } from '../../check-in/domain';

export interface JournalEntry {
  id: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  mood: Rating | null;
  tagIds: string[];
  /** Id of the prompt the entry answers, if any. */
  promptId: string | null;
  text: string;
}
