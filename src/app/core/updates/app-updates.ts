import { inject, Injectable, signal } from '@angular/core';
import { UnsavedChanges } from '../unsaved/unsaved-changes';
import { ServiceWorkerChannel } from './service-worker-channel';

const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** Offers "Reload to update" when the service worker has a new version; never reloads by itself. */
@Injectable({ providedIn: 'root' })
export class AppUpdates {
  private readonly worker = inject(ServiceWorkerChannel);
  private readonly unsaved = inject(UnsavedChanges);
  readonly ready = signal(false);
  readonly broken = signal(false);
  readonly blockedByUnsaved = signal(false);

  start(): void {
    if (!this.worker.isEnabled) return;
    this.worker.onEvent((event) => {
      if (event.type === 'VERSION_READY') this.ready.set(true);
      if (event.type === 'UNRECOVERABLE_STATE') this.broken.set(true);
    });
    this.worker.register();
    setInterval(() => void this.check(), CHECK_EVERY_MS);
  }

  async check(): Promise<void> {
    try {
      await this.worker.request('CHECK_FOR_UPDATES');
    } catch {
      // Offline, or no worker yet: the next check will try again.
    }
  }

  /** Returns false, and says why, when unsaved input would be lost. */
  reload(): boolean {
    if (this.unsaved.any()) {
      this.blockedByUnsaved.set(true);
      return false;
    }
    this.blockedByUnsaved.set(false);
    void this.worker
      .request('ACTIVATE_UPDATE')
      .catch(() => undefined)
      .finally(() => location.reload());
    return true;
  }
}
