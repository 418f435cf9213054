import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { SettingsRepository } from '../data/settings-repository';
import { SettingsDbActions } from './settings-db.actions';
import { SettingsEffects } from './settings.effects';
import { settingsFeature } from './settings.feature';
import { SettingsPageActions } from './settings-page.actions';

describe('SettingsEffects', () => {
  let actions$: Subject<Action>;
  let repository: jasmine.SpyObj<SettingsRepository>;
  const stored = { theme: 'light' as const, region: 'ca' as const, dayStartHour: 3 };

  beforeEach(() => {
    actions$ = new Subject();
    repository = jasmine.createSpyObj<SettingsRepository>('SettingsRepository', ['load', 'put']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        SettingsEffects,
        provideMockActions(() => actions$),
        provideMockStore({ selectors: [{ selector: settingsFeature.selectSettings, value: stored }] }),
        { provide: SettingsRepository, useValue: repository },
      ],
    });
  });

  it('loads stored settings', async () => {
    repository.load.and.resolveTo(stored);
    const result = firstValueFrom(TestBed.inject(SettingsEffects).load$);
    actions$.next(SettingsDbActions.loadRequested());
    expect(await result).toEqual(SettingsDbActions.loadSucceeded({ settings: stored }));
  });

  it('reports a load failure instead of throwing', async () => {
    repository.load.and.rejectWith(new Error('The database is blocked'));
    const result = firstValueFrom(TestBed.inject(SettingsEffects).load$);
    actions$.next(SettingsDbActions.loadRequested());
    expect(await result).toEqual(SettingsDbActions.loadFailed({ error: 'The database is blocked' }));
  });

  it('saves the whole settings record after a choice', async () => {
    repository.put.and.callFake(async (s) => s);
    const result = firstValueFrom(TestBed.inject(SettingsEffects).save$);
    actions$.next(SettingsPageActions.regionChosen({ region: 'ca' }));
    expect(await result).toEqual(SettingsDbActions.saveSucceeded());
    expect(repository.put).toHaveBeenCalledWith(stored);
  });

  it('keeps working after a failed save', async () => {
    repository.put.and.rejectWith(new Error('QuotaExceededError'));
    const effects = TestBed.inject(SettingsEffects);
    const first = firstValueFrom(effects.save$);
    actions$.next(SettingsPageActions.themeChosen({ theme: 'dark' }));
    expect(await first).toEqual(SettingsDbActions.saveFailed({ error: 'QuotaExceededError' }));
    repository.put.and.callFake(async (s) => s);
    const second = firstValueFrom(effects.save$);
    actions$.next(SettingsPageActions.themeChosen({ theme: 'light' }));
    expect(await second).toEqual(SettingsDbActions.saveSucceeded());
  });

});
