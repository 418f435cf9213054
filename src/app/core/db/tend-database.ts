import { inject, Injectable, InjectionToken } from '@angular/core';
import { IDBPDatabase, IDBPTransaction } from 'idb';
import { StoragePersistence } from '../storage/storage-persistence';
import { MIGRATIONS } from './migrations';
import { DB_NAME, openDatabase } from './open-database';

export const DATABASE_NAME = new InjectionToken<string>('DatabaseName', {
  providedIn: 'root',
  factory: () => DB_NAME,
});

/** A prepared write: the record is already encoded, so no await can end the transaction early. */
export interface WriteOp {
  readonly store: string;
  readonly kind: 'put' | 'delete';
  readonly record?: unknown;
  readonly key?: IDBValidKey;
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

  /** Applies writes to several stores in one transaction: all of them land, or none. */
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
    try {
      for (const op of ops) {
        const store = tx.objectStore(op.store);
        pending.push(op.kind === 'put' ? store.put(op.record) : store.delete(op.key!));
      }
    } catch (error) {
      // A write can throw before it is even queued (e.g. a record without its key): without the
      // abort, the writes already queued would commit on their own.
      pending.forEach((p) => p.catch(() => undefined));
      abortQuietly(tx);
      throw error;
    }
    // When the transaction fails as a whole (a full disk), its requests fail with a bare
    // AbortError: the transaction's own error says why.
    await Promise.all(pending).catch((error: unknown) => {
      throw tx.error ?? error;
    });
  }
}

function abortQuietly(tx: IDBPTransaction<unknown, string[], 'readwrite'>): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request.
  }
}
