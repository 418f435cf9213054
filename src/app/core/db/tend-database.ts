import { inject, Injectable, InjectionToken } from '@angular/core';
import { IDBPDatabase, IDBPTransaction } from 'idb';
import { StoragePersistence } from '../storage/storage-persistence';
import { announceChanges } from './change-channel';
import { KEY_PATH } from './migration';
import { MIGRATIONS } from './migrations';
import { DB_NAME, openDatabase } from './open-database';
import { RecordChangedError, REVISION_FIELD } from './revision';

export const DATABASE_NAME = new InjectionToken<string>('DatabaseName', {
  providedIn: 'root',
  factory: () => DB_NAME,
});

/**
 * A prepared write: the record is already encoded, so no await can end the transaction early.
 * `expect` writes nothing: the commit goes ahead only if the record under `key` still has
 * `revision` (`null`: no record).
 */
export interface WriteOp {
  readonly store: string;
  readonly kind: 'put' | 'delete' | 'expect';
  readonly record?: unknown;
  readonly key?: IDBValidKey;
  readonly revision?: string | null;
}

/** The single `tend` IndexedDB database, opened on first use. */
@Injectable({ providedIn: 'root' })
export class TendDatabase {
  private readonly name = inject(DATABASE_NAME);
  private readonly storage = inject(StoragePersistence);
  private opening: Promise<IDBPDatabase<unknown>> | null = null;

  connection(): Promise<IDBPDatabase<unknown>> {
    // A failed open (a full disk, for one) is tried again on the next use.
    this.opening ??= openDatabase(this.name, MIGRATIONS).catch((error: unknown) => {
      this.opening = null;
      throw error;
    });
    return this.opening;
  }

  /**
   * Applies writes to several stores in one transaction: all of them land, or none. An `expect`
   * that does not hold aborts the whole commit with a `RecordChangedError`. Other tabs hear which
   * keys changed once it has committed.
   */
  async commit(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    await this.write(ops).then(
      () => this.storage.noteWriteSucceeded(),
      (error: unknown) => {
        this.storage.noteWriteFailed(error);
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    if (!this.opening) return;
    (await this.opening).close();
    this.opening = null;
  }

  private async write(ops: readonly WriteOp[]): Promise<void> {
    const db = await this.connection();
    const stores = [...new Set(ops.map((op) => op.store))];
    const tx = db.transaction(stores, 'readwrite');
    const pending: Promise<unknown>[] = [tx.done];
    let changed: RecordChangedError | null = null;
    try {
      for (const op of ops) {
        const store = tx.objectStore(op.store);
        if (op.kind === 'expect') {
          pending.push(
            store.get(op.key!).then((found: Record<string, unknown> | undefined) => {
              if ((found ? (found[REVISION_FIELD] ?? '') : null) === op.revision) return;
              changed ??= new RecordChangedError(op.store, op.key!);
              abortQuietly(tx);
            }),
          );
        } else pending.push(op.kind === 'put' ? store.put(op.record) : store.delete(op.key!));
      }
    } catch (error) {
      // A write can throw before it is even queued (e.g. a record without its key): without the
      // abort, the writes already queued would commit on their own.
      pending.forEach((p) => p.catch(() => undefined));
      abortQuietly(tx);
      throw error;
    }
    // When the transaction fails as a whole (a full disk), its requests fail with a bare
    // AbortError: the transaction's own error says why. A check that did not hold aborted it.
    await Promise.all(pending).catch((error: unknown) => {
      pending.forEach((p) => p.catch(() => undefined));
      throw changed ?? tx.error ?? error;
    });
    if (changed) throw changed;
    announceChanges(ops.filter((op) => op.kind !== 'expect').map(keyOfWrite));
  }
}

function keyOfWrite(op: WriteOp): { store: string; key: IDBValidKey } {
  return { store: op.store, key: op.kind === 'put' ? (op.record as Record<string, IDBValidKey>)[KEY_PATH] : op.key! };
}

function abortQuietly(tx: IDBPTransaction<unknown, string[], 'readwrite'>): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request.
  }
}
