/**
 * A record's revision as stored beside its encoded value: a short hash of the text that changes on
 * every edit (its `updatedAt`), so a write can tell, inside its transaction and without decoding,
 * whether the record is still the one the editor opened. The hash keeps the timestamp itself out
 * of the plain fields an encrypting codec leaves readable.
 */
export const REVISION_FIELD = 'rev';

export function revisionToken(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Thrown by a write whose record changed (or appeared, or went) since it was opened. */
export class RecordChangedError extends Error {
  constructor(
    readonly store: string,
    readonly key: IDBValidKey,
  ) {
    super(`The record ${String(key)} in ${store} changed since it was opened.`);
    this.name = 'RecordChangedError';
  }
}

export function isRecordChanged(error: unknown): error is RecordChangedError {
  return error instanceof RecordChangedError;
}
