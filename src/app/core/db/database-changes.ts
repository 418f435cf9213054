import { Injectable, OnDestroy } from '@angular/core';
import { Observable, Subject } from 'rxjs';

/** Keys written per store; `null` when too many were written to list (a store's owner rereads it). */
export type ChangedKeys = Readonly<Record<string, readonly IDBValidKey[] | null>>;

const CHANNEL_NAME = 'tend:database-changes';
const MAX_LISTED_KEYS = 200;

/**
 * Tells the app's other open tabs which records a committed write touched, so each store's owner
 * rereads them. A tab hears only the others: its own writes already went through its state.
 */
@Injectable({ providedIn: 'root' })
export class DatabaseChanges implements OnDestroy {
  private channel: BroadcastChannel | null = null;
  private readonly remote = new Subject<ChangedKeys>();

  /** Writes committed by another tab. */
  readonly elsewhere$: Observable<ChangedKeys> = new Observable<ChangedKeys>((subscriber) => {
    this.open();
    return this.remote.subscribe(subscriber);
  });

  announce(changed: ChangedKeys): void {
    this.open()?.postMessage(changed);
  }

  /** The keys to announce for a commit's writes, by store. */
  static keysOf(ops: readonly { store: string; key: IDBValidKey }[]): ChangedKeys {
    const byStore: Record<string, IDBValidKey[] | null> = {};
    for (const { store, key } of ops) {
      const keys = (byStore[store] ??= []);
      if (keys && keys.length < MAX_LISTED_KEYS) keys.push(key);
      else byStore[store] = null;
    }
    return byStore;
  }

  ngOnDestroy(): void {
    this.channel?.close();
  }

  private open(): BroadcastChannel | null {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(CHANNEL_NAME);
    this.channel.onmessage = (event: MessageEvent<ChangedKeys>) => this.remote.next(event.data);
    return this.channel;
  }
}
