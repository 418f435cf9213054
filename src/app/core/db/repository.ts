import { inject } from '@angular/core';
import { KEY_PATH } from './migration';
import { RECORD_CODEC } from './record-codec';
import { TendDatabase, WriteOp } from './tend-database';
import { StoragePersistence } from '../storage/storage-persistence';

export interface StoredRecord {
  k: IDBValidKey;
  v: unknown;
  [indexField: string]: unknown;
}

/**
 * Base for every feature repository. Encoding and decoding happen here and nowhere else, so an
 * encrypting codec wraps every store at once. Index fields stay plain beside the encoded value.
 */
export abstract class Repository<T, K extends IDBValidKey> {
  protected readonly database = inject(TendDatabase);
  private readonly codec = inject(RECORD_CODEC);
  private readonly persistence = inject(StoragePersistence);

  protected abstract readonly storeName: string;
  /** Personal records ask the browser to keep storage once the first one is saved. */
  protected readonly personal: boolean = true;
  protected abstract keyOf(value: T): K;

  protected indexFields(_value: T): Record<string, IDBValidKey> {
    return {};
  }

  async get(key: K): Promise<T | undefined> {
    const db = await this.database.connection();
    const stored = (await db.get(this.storeName, key)) as StoredRecord | undefined;
    return stored ? this.decode(stored) : undefined;
  }

  async getAll(): Promise<T[]> {
    const db = await this.database.connection();
    const stored = (await db.getAll(this.storeName)) as StoredRecord[];
    return Promise.all(stored.map((s) => this.decode(s)));
  }

  /** The records whose keys fall in `range`, in key order; at most `count` of them. */
  async getAllIn(range: IDBKeyRange, count?: number): Promise<T[]> {
    const db = await this.database.connection();
    const stored = (await db.getAll(this.storeName, range, count)) as StoredRecord[];
    return Promise.all(stored.map((s) => this.decode(s)));
  }

  /** The keys in `range` (every key without one), in order; at most `count` of them. */
  async keys(range?: IDBKeyRange, count?: number): Promise<K[]> {
    const db = await this.database.connection();
    return (await db.getAllKeys(this.storeName, range, count)) as K[];
  }

  async count(): Promise<number> {
    const db = await this.database.connection();
    return db.count(this.storeName);
  }

  async put(value: T): Promise<T> {
    await this.putMany([value]);
    return value;
  }

  /** Writes every value in one transaction. */
  async putMany(values: readonly T[]): Promise<void> {
    await this.database.commit(await Promise.all(values.map((v) => this.putOp(v))));
    if (values.length > 0) this.noteSaved();
  }

  async delete(key: K): Promise<void> {
    await this.database.commit([this.deleteOp(key)]);
  }

  /** A write to combine with other repositories' writes in `TendDatabase.commit`. */
  async putOp(value: T): Promise<WriteOp> {
    return { store: this.storeName, kind: 'put', record: await this.encode(value) };
  }

  deleteOp(key: K): WriteOp {
    return { store: this.storeName, kind: 'delete', key };
  }

  protected noteSaved(): void {
    if (this.personal) this.persistence.noteRecordSaved();
  }

  protected async encode(value: T): Promise<StoredRecord> {
    return { ...this.indexFields(value), [KEY_PATH]: this.keyOf(value), v: await this.codec.encode(value) };
  }

  protected async decode(stored: StoredRecord): Promise<T> {
    return (await this.codec.decode(stored.v)) as T;
  }
}
