/** Keys written per store; `null` when too many were written to list (a store's owner rereads it). */
export type ChangedKeys = Readonly<Record<string, readonly IDBValidKey[] | null>>;

const MAX_LISTED_KEYS = 200;
let channel: BroadcastChannel | null | undefined;

/**
 * The one channel of this tab on which committed writes are told to the app's other open tabs. A
 * channel never hears its own messages, so a tab hears only the others.
 */
export function changeChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('tend:database-changes');
  return channel;
}

/** Tells the other tabs which keys a commit wrote, by store. */
export function announceChanges(writes: readonly { store: string; key: IDBValidKey }[]): void {
  changeChannel()?.postMessage(changedKeys(writes));
}

export function changedKeys(writes: readonly { store: string; key: IDBValidKey }[]): ChangedKeys {
  const byStore: Record<string, IDBValidKey[] | null> = {};
  for (const { store, key } of writes) {
    const keys = (byStore[store] ??= []);
    if (keys && keys.length < MAX_LISTED_KEYS) keys.push(key);
    else byStore[store] = null;
  }
  return byStore;
}
