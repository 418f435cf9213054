import { inject, Injectable } from '@angular/core';
import { CheckInImportPort } from '../../check-in/import-port';
import { TendDatabase } from '../../core/db/tend-database';
import type { DaylioExisting, DaylioImportPreview } from '../domain/daylio/daylio-import';
import { JournalRepository } from './journal-repository';

/**
 * Reads what a Daylio import must not duplicate, and writes an import all at once. The check-in
 * stores' writes come from the check-in feature's import port, so its repositories alone encode them.
 */
@Injectable({ providedIn: 'root' })
export class DaylioImportStore {
  private readonly database = inject(TendDatabase);
  private readonly checkIns = inject(CheckInImportPort);
  private readonly entries = inject(JournalRepository);

  async existing(): Promise<DaylioExisting> {
    const [held, journalEntries] = await Promise.all([this.checkIns.held(), this.entries.getAll()]);
    return { checkIns: held.days.map((day) => ({ day })), journalEntries, tags: held.tags };
  }

  /** Tags, check-ins and journal entries in one transaction: all of them are stored, or none. */
  async commit(preview: DaylioImportPreview): Promise<void> {
    const [checkInWrites, entryWrites] = await Promise.all([
      this.checkIns.writes(preview.checkIns, preview.newTags),
      Promise.all(preview.journalEntries.map((entry) => this.entries.putOp(entry))),
    ]);
    await this.database.commit([...checkInWrites, ...entryWrites]);
  }
}
