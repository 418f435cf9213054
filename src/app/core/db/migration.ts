import { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * One schema step. A store is created in the migration that introduced it and never edited in
 * place afterwards: later changes are new steps, so every user's database walks the same path.
 */
export interface Migration {
  readonly version: number;
  upgrade(db: IDBPDatabase<unknown>, tx: UpgradeTransaction): Promise<void> | void;
}

/** Every record is stored as `{ k: key, v: encoded value, ...plain index fields }`. */
export const KEY_PATH = 'k';
