import { inject, Injectable } from '@angular/core';
import { Repository, StoredRecord } from '../../core/db/repository';
import { parseStoredAssessment, StoredAssessment } from '../domain/stored-assessment';
import { AssessmentDraftRepository } from './assessment-draft-repository';
import { Loaded } from './loaded';

/** Completed assessments, indexed by instrument and time (`instrumentTakenAt`). */
@Injectable({ providedIn: 'root' })
export class AssessmentRepository extends Repository<StoredAssessment, string> {
  protected readonly storeName = 'assessments';
  private readonly drafts = inject(AssessmentDraftRepository);

  protected keyOf(assessment: StoredAssessment): string {
    return assessment.id;
  }

  protected override indexFields(assessment: StoredAssessment): Record<string, IDBValidKey> {
    return { instrumentId: assessment.instrumentId, takenAt: assessment.takenAt };
  }

  /** Every readable result; a malformed or undecodable record is counted and left alone. */
  async loadAll(): Promise<Loaded<StoredAssessment>> {
    const db = await this.database.connection();
    const stored = (await db.getAll(this.storeName)) as StoredRecord[];
    const items: StoredAssessment[] = [];
    let skipped = 0;
    for (const record of stored) {
      const assessment = await this.decode(record).then(parseStoredAssessment, () => null);
      if (assessment && assessment.id === record.k) items.push(assessment);
      else skipped++;
    }
    return { items, skipped };
  }

  /** One instrument's results, oldest first, through the `instrumentTakenAt` index. */
  async forInstrument(instrumentId: string): Promise<StoredAssessment[]> {
    const db = await this.database.connection();
    const range = IDBKeyRange.bound([instrumentId, ''], [instrumentId, '\uffff']);
    const stored = (await db.getAllFromIndex(this.storeName, 'instrumentTakenAt', range)) as StoredRecord[];
    const decoded = await Promise.all(stored.map((s) => this.decode(s).then(parseStoredAssessment, () => null)));
    return decoded.filter((a): a is StoredAssessment => a !== null);
  }

  /** Saves the result and removes its draft in one transaction: both happen, or neither. */
  async saveCompleted(assessment: StoredAssessment): Promise<void> {
    await this.database.commit([await this.putOp(assessment), this.drafts.deleteDraftOp(assessment.instrumentId)]);
    this.noteSaved();
  }
}
