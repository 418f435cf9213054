import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { normalizeSettings, Settings } from '../domain/settings';

const KEY = 'preferences';

@Injectable({ providedIn: 'root' })
export class SettingsRepository extends Repository<Settings, string> {
  protected readonly storeName = 'settings';
  protected override readonly personal = false;

  protected keyOf(): string {
    return KEY;
  }

  async load(): Promise<Settings> {
    return normalizeSettings(await this.get(KEY));
  }
}
