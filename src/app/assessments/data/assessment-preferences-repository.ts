import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { AssessmentPreferences, normalizePreferences } from '../domain/assessment-preferences';

/** Kept in the drafts store beside the assessment drafts; no instrument is called "preferences". */
export const PREFERENCES_KEY = 'assessment:preferences';

/** Profession (ProQOL), sex (AUDIT-C) and re-take reminders, remembered between visits. */
@Injectable({ providedIn: 'root' })
export class AssessmentPreferencesRepository extends Repository<AssessmentPreferences, string> {
  protected readonly storeName = 'drafts';

  protected keyOf(): string {
    return PREFERENCES_KEY;
  }

  /** The stored preferences, with anything unreadable defaulted. */
  async load(): Promise<AssessmentPreferences> {
    return normalizePreferences(await this.get(PREFERENCES_KEY).catch(() => undefined));
  }
}
