import type { StoragePersistence } from './storage-persistence';

const PROBE_CACHE = 'tend:storage-check';
/** Less room than this counts as full: a few entries, and storage is out again. */
const PROBE_BYTES = 64 * 1024;

/**
 * Finds out whether storage is full in a session that has not written yet: by the browser's
 * estimate, else by writing a response of PROBE_BYTES to a cache of its own, deleted at once.
 * The origin's quota covers its caches and its database alike; the probe stays out of the
 * database, so it leaves no trace among the user's data.
 */
export async function checkStorageFull(storage: StoragePersistence): Promise<void> {
  const { usageBytes, quotaBytes } = await storage.refresh();
  if (quotaBytes && usageBytes !== null && usageBytes >= quotaBytes) return storage.full.set(true);
  if (typeof caches === 'undefined') return;
  try {
    await (await caches.open(PROBE_CACHE)).put('/storage-check', new Response(new Uint8Array(PROBE_BYTES)));
  } catch (error) {
    storage.noteWriteFailed(error);
  } finally {
    await caches.delete(PROBE_CACHE).catch(() => undefined);
  }
}
