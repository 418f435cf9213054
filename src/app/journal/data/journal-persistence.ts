import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { TendDatabase } from '../../core/db/tend-database';
import { compareCodeUnits } from '../../shared/compare';
import { JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { DraftLocks } from './draft-locks';
import { JournalDraftRepository, journalDraftKey, KeptJournalDraft } from './journal-draft-repository';
import { JournalRepository } from './journal-repository';

export interface EditorRecords {
  /** The entry being edited, or null for a new one. */
  entry: JournalEntry | null;
  /** A draft left behind by an editor that is no longer open, if any; this editor keeps it now. */
  draft: JournalDraft | null;
  /** Where this editor keeps its draft. */
  draftKey: string;
}

/** Entries read again after another tab wrote them. */
export interface RereadEntries {
  entries: JournalEntry[];
  /** Ids asked for that are no longer stored. */
  removedIds: string[];
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
  private readonly locks = inject(DraftLocks);
  private queue: Promise<unknown> = Promise.resolve();

  loadEntries(): Promise<JournalEntry[]> {
    return this.entries.getAll();
  }

  loadEntry(id: string): Promise<JournalEntry | null> {
    return this.entries.get(id).then((entry) => entry ?? null);
  }

  async rereadEntries(ids: readonly string[]): Promise<RereadEntries> {
    const found = await Promise.all(ids.map((id) => this.entries.get(id)));
    return {
      entries: found.filter((entry): entry is JournalEntry => entry !== undefined),
      removedIds: ids.filter((_, i) => found[i] === undefined),
    };
  }

  /**
   * Opens an editor with a draft key of its own, held (see `DraftLocks`) until unsubscribed, and
   * takes over the newest draft of the same entry (or of a new one) that no open editor holds.
   * Queued behind pending writes, so a draft autosaved a moment ago is the one read.
   */
  openEditor(entryId: string | null): Observable<EditorRecords> {
    return new Observable<EditorRecords>((subscriber) => {
      const draftKey = journalDraftKey(entryId, crypto.randomUUID());
      const lock = this.locks.hold(draftKey);
      this.inTurn(async () => {
        await lock;
        const entry = entryId === null ? null : await this.loadEntry(entryId);
        return { entry, draft: await this.takeOverLeftBehind(entryId, draftKey), draftKey };
      }).then(
        (records) => subscriber.next(records),
        (error: unknown) => subscriber.error(error),
      );
      // Released behind the writes asked for meanwhile, such as the last autosave on closing.
      return () => queueMicrotask(() => void this.inTurn(async () => (await lock)?.release()));
    });
  }

  saveDraft(draftKey: string, draft: JournalDraft): Promise<void> {
    return this.inTurn(async () => void (await this.drafts.put({ ...draft, key: draftKey })));
  }

  discardDraft(draftKey: string): Promise<void> {
    return this.inTurn(() => this.drafts.delete(draftKey));
  }

  /**
   * Stores the entry and deletes the editor's draft in one transaction, only if the stored entry
   * is still `expected` (null: there is none); else a `RecordChangedError` and nothing written.
   */
  saveEntry(entry: JournalEntry, draftKey: string, expected: JournalEntry | null): Promise<void> {
    return this.inTurn(async () => {
      await this.database.commit([
        this.entries.expectOp(entry.id, expected),
        await this.entries.putOp(entry),
        this.drafts.deleteOp(draftKey),
      ]);
    });
  }

  /**
   * Deletes the entry as it was shown, with the drafts of edits to it that no open editor holds;
   * if another tab changed or deleted it meanwhile, a `RecordChangedError` and nothing deleted.
   */
  deleteEntry(entry: JournalEntry): Promise<void> {
    return this.inTurn(async () => {
      const held = await this.locks.held();
      const drafts = (await this.drafts.draftsOf(entry.id)).filter((draft) => !held.has(draft.key));
      await this.database.commit([
        this.entries.expectOp(entry.id, entry),
        this.entries.deleteOp(entry.id),
        ...drafts.map((draft) => this.drafts.deleteOp(draft.key)),
      ]);
    });
  }

  restoreEntry(entry: JournalEntry): Promise<void> {
    return this.inTurn(async () => void (await this.entries.put(entry)));
  }

  /**
   * Moves the newest left-behind draft under `draftKey`. Its lock is taken first, so two editors
   * opening at once never both take the same draft.
   */
  private async takeOverLeftBehind(entryId: string | null, draftKey: string): Promise<JournalDraft | null> {
    const held = await this.locks.held();
    const candidates = (await this.drafts.draftsOf(entryId))
      .filter((draft) => draft.key !== draftKey && !held.has(draft.key))
      .sort((a, b) => compareCodeUnits(b.savedAt ?? '', a.savedAt ?? ''));
    for (const candidate of candidates) {
      const lock = await this.locks.hold(candidate.key);
      if (!lock) continue;
      try {
        const current = await this.drafts.get(candidate.key);
        if (!current) continue;
        await this.database.commit([this.drafts.deleteOp(current.key), await this.drafts.putOp({ ...current, key: draftKey })]);
        return withoutKey(current);
      } finally {
        lock.release();
      }
    }
    return null;
  }

  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const result = this.queue.then(write);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function withoutKey({ key: _key, ...draft }: KeptJournalDraft): JournalDraft {
  return draft;
}
