/** The one shape of every piece of asynchronous work in the store. */
export interface AsyncStatus {
  status: 'idle' | 'loading' | 'success' | 'error';
  error: string | null;
}

export const IDLE: AsyncStatus = { status: 'idle', error: null };

/** The cause and the remedy, in the user's words, whenever a write fails for lack of space. */
export function storageFullMessage(): string {
  return $localize`:@@storage.full:This device's storage for Tend is full. Free space on the device, or export your data and delete old entries.`;
}

/** True for a QuotaExceededError, also when it is the cause of another error. */
export function isStorageFull(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || isStorageFull(error.cause));
}

/** What to show after "… could not be saved:"; never empty for an Error, whose name is the last resort. */
export function errorMessage(error: unknown): string {
  if (isStorageFull(error)) return storageFullMessage();
  return error instanceof Error ? error.message || error.name : String(error);
}
