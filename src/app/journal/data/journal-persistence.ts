import { inject, Injectable } from '@angular/core';
import { TendDatabase } from '../../core/db/tend-database';
import { JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { JournalDraftRepository, journalDraftKey } from './journal-draft-repository';
import { JournalRepository } from './journal-repository';

export interface EditorRecords {
  /** The entry being edited, or null for a new one. */
  entry: JournalEntry | null;
  /** The draft left in the drafts store, if any. */
  draft: JournalDraft | null;
}

/**
 * Every read and write the journal's state makes. Writes run one after another, in the order
 * asked, so an autosave queued just before a save can never land after it and bring back a
 * draft the save deleted.
 */
@Injectable({ providedIn: 'root' })
export class JournalPersistence {
  private readonly database = inject(TendDatabase);
  private readonly entries = inject(JournalRepository);
  private readonly drafts = inject(JournalDraftRepository);
  private queue: Promise<unknown> = Promise.resolve();

  loadEntries(): Promise<JournalEntry[]> {
    return this.entries.getAll();
  }

  /** Queued behind pending writes, so a draft autosaved a moment ago is the one read. */
  loadEditor(entryId: string | null): Promise<EditorRecords> {
    return this.inTurn(async () => ({
      entry: entryId === null ? null : ((await this.entries.get(entryId)) ?? null),
      draft: (await this.drafts.get(journalDraftKey(entryId))) ?? null,
    }));
  }

  saveDraft(draft: JournalDraft): Promise<void> {
    return this.inTurn(async () => void (await this.drafts.put(draft)));
  }

  discardDraft(entryId: string | null): Promise<void> {
    return this.inTurn(() => this.drafts.delete(journalDraftKey(entryId)));
  }

  /** Stores the entry and deletes the draft it came from in one transaction. */
  saveEntry(entry: JournalEntry, draftEntryId: string | null): Promise<void> {
    return this.inTurn(async () => {
      await this.database.commit([await this.entries.putOp(entry), this.drafts.deleteOp(journalDraftKey(draftEntryId))]);
    });
  }

  /** Deletes the entry and any draft of an edit to it, together. */
  deleteEntry(id: string): Promise<void> {
    return this.inTurn(() =>
      this.database.commit([this.entries.deleteOp(id), this.drafts.deleteOp(journalDraftKey(id))]),
    );
  }

  restoreEntry(entry: JournalEntry): Promise<void> {
    return this.inTurn(async () => void (await this.entries.put(entry)));
  }

  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const result = this.queue.then(write);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
