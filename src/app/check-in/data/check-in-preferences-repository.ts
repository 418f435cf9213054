import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { CheckInPreferences, normalizeCheckInPreferences } from '../domain/check-in-preferences';

const KEY = 'check-in-preferences';

/** The reminder and streak choices, one record in the `meta` store. */
@Injectable({ providedIn: 'root' })
export class CheckInPreferencesRepository extends Repository<CheckInPreferences, string> {
  protected readonly storeName = 'meta';
  protected override readonly personal = false;

  protected keyOf(): string {
    return KEY;
  }

  async load(): Promise<CheckInPreferences> {
    return normalizeCheckInPreferences(await this.get(KEY));
  }
}
