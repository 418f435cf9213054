import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TendDatabase } from '../db/tend-database';
import { dropTestDatabase, provideTestDatabase } from '../db/testing';
import { checkStorageFull } from './storage-check';
import { StoragePersistence } from './storage-persistence';

const quotaExceeded = () => new DOMException('', 'QuotaExceededError');

describe('StoragePersistence.full and checkStorageFull', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }));
  afterEach(() => dropTestDatabase());

  it('turns on when a database write fails for lack of space, and off after a write lands', async () => {
    const database = TestBed.inject(TendDatabase);
    const storage = TestBed.inject(StoragePersistence);
    const put = spyOn(IDBObjectStore.prototype, 'put').and.throwError(quotaExceeded());
    await expectAsync(database.commit([{ store: 'meta', kind: 'put', record: { k: 'a', v: 1 } }])).toBeRejected();
    expect(storage.full()).toBeTrue();

    put.and.callThrough();
    await database.commit([{ store: 'meta', kind: 'put', record: { k: 'a', v: 1 } }]);
    expect(storage.full()).toBeFalse();
  });

  it('stays off for a write that fails for another reason', async () => {
    await expectAsync(TestBed.inject(TendDatabase).commit([{ store: 'meta', kind: 'put', record: { v: 'no key' } }])).toBeRejected();
    expect(TestBed.inject(StoragePersistence).full()).toBeFalse();
  });

  it('believes the browser estimate when usage has reached the quota', async () => {
    spyOn(navigator.storage, 'estimate').and.resolveTo({ usage: 5000, quota: 5000 });
    const open = spyOn(caches, 'open').and.callThrough();
    const storage = TestBed.inject(StoragePersistence);
    await checkStorageFull(storage);
    expect(storage.full()).toBeTrue();
    expect(open).not.toHaveBeenCalled();
  });

  it('else writes to a cache, which fails on a full disk', async () => {
    spyOn(navigator.storage, 'estimate').and.resolveTo({ usage: 10, quota: 5000 });
    spyOn(Cache.prototype, 'put').and.rejectWith(quotaExceeded());
    const storage = TestBed.inject(StoragePersistence);
    await checkStorageFull(storage);
    expect(storage.full()).toBeTrue();
    expect(await caches.has('tend:storage-check')).toBeFalse();
  });

  it('finds room, and leaves nothing behind, when that write lands', async () => {
    const storage = TestBed.inject(StoragePersistence);
    await checkStorageFull(storage);
    expect(storage.full()).toBeFalse();
    expect(await caches.has('tend:storage-check')).toBeFalse();
  });
});
