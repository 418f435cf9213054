import { Injectable, InjectionToken, inject } from '@angular/core';

/** The browser's Web Locks, or null where it has none. */
export const LOCK_MANAGER = new InjectionToken<LockManager | null>('LockManager', {
  providedIn: 'root',
  factory: () => globalThis.navigator?.locks ?? null,
});

/** Held while an editor writes a draft; other tabs see it held until it is released or the tab goes. */
export interface DraftLock {
  release(): void;
}

const LOCK_PREFIX = 'tend:draft:';

/**
 * Which drafts an open editor holds, in any tab: each editor holds a Web Lock named after its draft
 * key while it is open, and the browser drops the locks of a tab that closes or crashes, so a
 * draft nobody holds was left behind. Without Web Locks only this tab's editors are known, and
 * every other draft counts as left behind.
 */
@Injectable({ providedIn: 'root' })
export class DraftLocks {
  private readonly locks = inject(LOCK_MANAGER);
  private readonly heldHere = new Set<string>();

  /** Takes the lock of `draftKey` if nobody holds it; null if somebody does. */
  async hold(draftKey: string): Promise<DraftLock | null> {
    const name = LOCK_PREFIX + draftKey;
    if (this.heldHere.has(name)) return null;
    this.heldHere.add(name);
    const release = () => this.heldHere.delete(name);
    if (!this.locks) return { release };
    const locks = this.locks;
    const granted = await new Promise<(() => void) | null>((resolve) => {
      locks
        .request(name, { ifAvailable: true }, (lock) =>
          lock ? new Promise<void>((done) => resolve(() => (release(), done()))) : resolve(null),
        )
        .catch(() => resolve(null));
    });
    if (!granted) release();
    return granted && { release: granted };
  }

  /** The draft keys some open editor holds, here or in another tab. */
  async held(): Promise<Set<string>> {
    const names = new Set(this.heldHere);
    if (this.locks) {
      const { held = [], pending = [] } = await this.locks.query();
      for (const lock of [...held, ...pending]) if (lock.name) names.add(lock.name);
    }
    return new Set([...names].filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
  }
}
