import { inject, Injectable, signal } from '@angular/core';
import { SwUpdate } from '@angular/service-worker';
import { UnsavedChanges } from '../unsaved/unsaved-changes';

const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** Offers "Reload to update" when the service worker has a new version; never reloads by itself. */
@Injectable({ providedIn: 'root' })
export class AppUpdates {
  private readonly swUpdate = inject(SwUpdate);
  private readonly unsaved = inject(UnsavedChanges);
  readonly ready = signal(false);
  readonly broken = signal(false);
  readonly blockedByUnsaved = signal(false);

  start(): void {
    if (!this.swUpdate.isEnabled) return;
    this.swUpdate.versionUpdates.subscribe((event) => {
      if (event.type === 'VERSION_READY') this.ready.set(true);
    });
    this.swUpdate.unrecoverable.subscribe(() => this.broken.set(true));
    setInterval(() => void this.check(), CHECK_EVERY_MS);
  }

  async check(): Promise<void> {
    try {
      await this.swUpdate.checkForUpdate();
    } catch {
      // Offline or the server is unreachable: the next check will try again.
    }
  }

  /** Returns false, and says why, when unsaved input would be lost. */
  reload(): boolean {
    if (this.unsaved.any()) {
      this.blockedByUnsaved.set(true);
      return false;
    }
    this.blockedByUnsaved.set(false);
    void this.swUpdate.activateUpdate().finally(() => location.reload());
    return true;
  }
}
