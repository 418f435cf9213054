import { inject } from '@angular/core';
import { KEY_PATH } from './migration';
import { RECORD_CODEC } from './record-codec';
import { REVISION_FIELD, revisionToken } from './revision';
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

  /**
   * The text that changes on every edit of a record (its `updatedAt`), for stores whose records
   * two tabs may edit at once; `null` where writes need no check.
   */
  protected revisionOf(_value: T): string | null {
    return null;
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

  /**
   * Writes `value` only if its record is still `opened` (`null`: there was none), else throws a
   * `RecordChangedError` and writes nothing.
   */
  async putUnchanged(value: T, opened: T | null): Promise<void> {
    await this.database.commit([this.expectOp(this.keyOf(value), opened), await this.putOp(value)]);
    this.noteSaved();
  }

  /** A check to combine with writes in `TendDatabase.commit`: the record under `key` is still `opened`. */
  expectOp(key: K, opened: T | null): WriteOp {
    return { store: this.storeName, kind: 'expect', key, revision: opened === null ? null : this.storedRevision(opened) };
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
    const revision = this.revisionOf(value);
    const record: StoredRecord = { ...this.indexFields(value), [KEY_PATH]: this.keyOf(value), v: await this.codec.encode(value) };
    if (revision !== null) record[REVISION_FIELD] = revisionToken(revision);
    return record;
  }

  private storedRevision(value: T): string {
    const revision = this.revisionOf(value);
    return revision === null ? '' : revisionToken(revision);
  }

  protected async decode(stored: StoredRecord): Promise<T> {
    return (await this.codec.decode(stored.v)) as T;
  }
}
