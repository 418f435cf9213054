import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TendDatabase } from './tend-database';
import { dropTestDatabase, provideTestDatabase } from './testing';

describe('TendDatabase', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }));
  afterEach(() => dropTestDatabase());

  it('opens again after a failed open instead of keeping the failure', async () => {
    const database = TestBed.inject(TendDatabase);
    const open = spyOn(indexedDB, 'open').and.throwError(new DOMException('', 'QuotaExceededError'));
    await expectAsync(database.connection()).toBeRejected();
    open.and.callThrough();
    await expectAsync(database.connection()).toBeResolved();
  });
});
