import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { DEFAULT_CHECK_IN_PREFERENCES } from '../domain/check-in-preferences';
import { CheckInPreferencesRepository } from './check-in-preferences-repository';

describe('CheckInPreferencesRepository (real IndexedDB)', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }));
  afterEach(() => dropTestDatabase());

  it('loads the defaults before anything is saved, then what was saved', async () => {
    const repository = TestBed.inject(CheckInPreferencesRepository);
    expect(await repository.load()).toEqual(DEFAULT_CHECK_IN_PREFERENCES);
    const chosen = { showStreak: true, reminder: { enabled: true, time: '21:15', notify: false } };
    await repository.put(chosen);
    expect(await repository.load()).toEqual(chosen);
  });
});
