import { Injectable } from '@angular/core';
import { Repository, StoredRecord } from '../../core/db/repository';
import { AssessmentDraft, parseAssessmentDraft } from '../domain/assessment-draft';
import { PREFERENCES_KEY } from './assessment-preferences-repository';
import { Loaded } from './loaded';

const PREFIX = 'assessment:';

/** The drafts-store key of an instrument's half-finished assessment. */
export function draftKey(instrumentId: string): string {
  return `${PREFIX}${instrumentId}`;
}

/** Half-finished assessments, in the shared `drafts` store under "assessment:<instrument id>". */
@Injectable({ providedIn: 'root' })
export class AssessmentDraftRepository extends Repository<AssessmentDraft, string> {
  protected readonly storeName = 'drafts';

  protected keyOf(draft: AssessmentDraft): string {
    return draftKey(draft.instrumentId);
  }

  /** Every readable assessment draft; unreadable ones are counted, not thrown. */
  async loadAll(): Promise<Loaded<AssessmentDraft>> {
    const db = await this.database.connection();
    const range = IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);
    const stored = ((await db.getAll(this.storeName, range)) as StoredRecord[]).filter((s) => s.k !== PREFERENCES_KEY);
    const items: AssessmentDraft[] = [];
    let skipped = 0;
    for (const record of stored) {
      const draft = await this.decode(record).then(parseAssessmentDraft, () => null);
      if (draft && record.k === draftKey(draft.instrumentId)) items.push(draft);
      else skipped++;
    }
    return { items, skipped };
  }

  deleteDraftOp(instrumentId: string) {
    return this.deleteOp(draftKey(instrumentId));
  }
}
