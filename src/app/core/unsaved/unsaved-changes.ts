import { computed, DestroyRef, inject, Injectable, Signal, signal } from '@angular/core';

/**
 * Forms register whether they hold unsaved input. The app then refuses to reload for an update
 * and asks before the tab closes while anything is unsaved.
 */
@Injectable({ providedIn: 'root' })
export class UnsavedChanges {
  private readonly sources = signal<readonly Signal<boolean>[]>([]);
  readonly any = computed(() => this.sources().some((dirty) => dirty()));

  constructor() {
    globalThis.addEventListener?.('beforeunload', (event: BeforeUnloadEvent) => {
      if (this.any()) event.preventDefault();
    });
  }

  /** Tracks `dirty` until the calling component is destroyed. */
  track(dirty: Signal<boolean>, destroyRef = inject(DestroyRef)): void {
    this.sources.update((list) => [...list, dirty]);
    destroyRef.onDestroy(() => this.sources.update((list) => list.filter((d) => d !== dirty)));
  }
}
