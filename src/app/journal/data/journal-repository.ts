import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { JournalEntry } from '../domain/journal-entry';

@Injectable({ providedIn: 'root' })
export class JournalRepository extends Repository<JournalEntry, string> {
  protected readonly storeName = 'journal';

  protected keyOf(entry: JournalEntry): string {
    return entry.id;
  }

  /** Two tabs may edit one entry: a save checks it is still the one its editor opened. */
  protected override revisionOf(entry: JournalEntry): string {
    return entry.updatedAt;
  }

  protected override indexFields(entry: JournalEntry): Record<string, IDBValidKey> {
    return { createdAt: entry.createdAt };
  }
}
