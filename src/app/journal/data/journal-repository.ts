import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { JournalEntry } from '../domain/journal-entry';

@Injectable({ providedIn: 'root' })
export class JournalRepository extends Repository<JournalEntry, string> {
  protected readonly storeName = 'journal';

  protected keyOf(entry: JournalEntry): string {
    return entry.id;
  }

  protected override indexFields(entry: JournalEntry): Record<string, IDBValidKey> {
    return { createdAt: entry.createdAt };
  }
}
