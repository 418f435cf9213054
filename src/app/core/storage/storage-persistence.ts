import { Injectable, signal } from '@angular/core';
import { isStorageFull } from '../../shared/async-status';

export interface StorageState {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/**
 * Asks the browser not to evict Tend's data, once, after the first personal record is saved:
 * asking on first visit, before there is anything to keep, is premature and often refused.
 * Also knows whether storage is full: every database write reports its outcome here.
 */
@Injectable({ providedIn: 'root' })
export class StoragePersistence {
  private readonly storage: StorageManager | undefined = globalThis.navigator?.storage;
  private requested = false;
  readonly state = signal<StorageState>({ persisted: null, usageBytes: null, quotaBytes: null });
  readonly full = signal(false);

  noteWriteFailed(error: unknown): void {
    if (isStorageFull(error)) this.full.set(true);
  }

  noteWriteSucceeded(): void {
    this.full.set(false);
  }

  noteRecordSaved(): void {
    if (this.requested) return;
    this.requested = true;
    void this.request();
  }

  async request(): Promise<boolean> {
    const granted = (await this.storage?.persist?.()) ?? false;
    await this.refresh();
    return granted;
  }

  async refresh(): Promise<StorageState> {
    const [persisted, estimate] = await Promise.all([
      this.storage?.persisted?.() ?? Promise.resolve(null),
      this.storage?.estimate?.() ?? Promise.resolve(null),
    ]);
    const next: StorageState = {
      persisted,
      usageBytes: estimate?.usage ?? null,
      quotaBytes: estimate?.quota ?? null,
    };
    this.state.set(next);
    return next;
  }
}
