import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StoragePersistence } from './storage-persistence';

describe('StoragePersistence', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('asks the browser to persist once, however many records are saved', async () => {
    const persist = spyOn(navigator.storage, 'persist').and.resolveTo(true);
    spyOn(navigator.storage, 'persisted').and.resolveTo(true);
    const persistence = TestBed.inject(StoragePersistence);
    persistence.noteRecordSaved();
    persistence.noteRecordSaved();
    persistence.noteRecordSaved();
    await new Promise((resolve) => setTimeout(resolve));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reports persistence, usage and quota', async () => {
    spyOn(navigator.storage, 'persisted').and.resolveTo(false);
    spyOn(navigator.storage, 'estimate').and.resolveTo({ usage: 2048, quota: 1_000_000 });
    const state = await TestBed.inject(StoragePersistence).refresh();
    expect(state).toEqual({ persisted: false, usageBytes: 2048, quotaBytes: 1_000_000 });
    expect(TestBed.inject(StoragePersistence).state()).toEqual(state);
  });
});
