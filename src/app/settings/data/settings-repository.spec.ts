import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { StoragePersistence } from '../../core/storage/storage-persistence';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { SettingsRepository } from './settings-repository';

describe('SettingsRepository (real IndexedDB)', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }),
  );
  afterEach(() => dropTestDatabase());

  it('gives the defaults on a new device', async () => {
    expect(await TestBed.inject(SettingsRepository).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps saved settings across a new connection', async () => {
    await TestBed.inject(SettingsRepository).put({ theme: 'dark', region: 'es', dayStartHour: 6 });
    expect(await TestBed.inject(SettingsRepository).load()).toEqual({ theme: 'dark', region: 'es', dayStartHour: 6 });
  });

  it('does not ask for persistent storage: preferences are not personal records', async () => {
    const persist = spyOn(TestBed.inject(StoragePersistence), 'noteRecordSaved');
    await TestBed.inject(SettingsRepository).put(DEFAULT_SETTINGS);
    expect(persist).not.toHaveBeenCalled();
  });
});
