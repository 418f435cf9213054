import { inject, Injectable } from '@angular/core';
import { CheckInRepository, TagRepository } from '../../check-in';
import { TendDatabase } from '../../core/db/tend-database';
import type { DaylioExisting, DaylioImportPreview } from '../domain/daylio/daylio-import';
import { JournalRepository } from './journal-repository';

/** Reads what a Daylio import must not duplicate, and writes an import all at once. */
@Injectable({ providedIn: 'root' })
export class DaylioImportStore {
  private readonly database = inject(TendDatabase);
  private readonly checkIns = inject(CheckInRepository);
  private readonly tags = inject(TagRepository);
  private readonly entries = inject(JournalRepository);

  async existing(): Promise<DaylioExisting> {
    const [checkIns, journalEntries, tags] = await Promise.all([
      this.checkIns.getAll(),
      this.entries.getAll(),
      this.tags.getAll(),
    ]);
    return { checkIns, journalEntries, tags };
  }

  /** Tags, check-ins and journal entries in one transaction: all of them are stored, or none. */
  async commit(preview: DaylioImportPreview): Promise<void> {
    const ops = await Promise.all([
      ...preview.newTags.map((tag) => this.tags.putOp(tag)),
      ...preview.checkIns.map((checkIn) => this.checkIns.putOp(checkIn)),
      ...preview.journalEntries.map((entry) => this.entries.putOp(entry)),
    ]);
    await this.database.commit(ops);
  }
}
