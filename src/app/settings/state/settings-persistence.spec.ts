import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActionsSubject, Store } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SettingsRepository } from '../data/settings-repository';
import { SettingsDbActions } from './settings-db.actions';
import { settingsFeature } from './settings.feature';
import { SettingsPageActions } from './settings-page.actions';
import { SettingsPersistence } from './settings-persistence';

describe('SettingsPersistence', () => {
  let repository: jasmine.SpyObj<SettingsRepository>;
  let dispatched: unknown[];
  const stored = { theme: 'light' as const, region: 'ca' as const, dayStartHour: 3 };

  beforeEach(() => {
    repository = jasmine.createSpyObj<SettingsRepository>('SettingsRepository', ['load', 'put']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore({
          initialState: { settings: settingsFeature.reducer(undefined, { type: '@@init' }) },
          selectors: [{ selector: settingsFeature.selectSettings, value: stored }],
        }),
        { provide: SettingsRepository, useValue: repository },
      ],
    });
    dispatched = [];
    TestBed.inject(ActionsSubject).subscribe((action) => dispatched.push(action));
  });

  // Overridden selectors are global: put them back so no other spec sees these settings.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('loads stored settings on start', async () => {
    repository.load.and.resolveTo(stored);
    TestBed.inject(SettingsPersistence).start();
    await settle();
    expect(dispatched).toContain(SettingsDbActions.loadRequested());
    expect(dispatched).toContain(SettingsDbActions.loadSucceeded({ settings: stored }));
  });

  it('reports a load failure instead of throwing', async () => {
    repository.load.and.rejectWith(new Error('The database is blocked'));
    TestBed.inject(SettingsPersistence).start();
    await settle();
    expect(dispatched).toContain(SettingsDbActions.loadFailed({ error: 'The database is blocked' }));
  });

  it('saves the whole settings record after a choice, and keeps going after a failed save', async () => {
    repository.load.and.resolveTo(stored);
    repository.put.and.rejectWith(new Error('QuotaExceededError'));
    TestBed.inject(SettingsPersistence).start();
    const store = TestBed.inject(Store);
    store.dispatch(SettingsPageActions.themeChosen({ theme: 'dark' }));
    await settle();
    expect(dispatched).toContain(SettingsDbActions.saveFailed({ error: 'QuotaExceededError' }));

    repository.put.and.callFake(async (s) => s);
    store.dispatch(SettingsPageActions.regionChosen({ region: 'ca' }));
    await settle();
    expect(repository.put).toHaveBeenCalledWith(stored);
    expect(dispatched).toContain(SettingsDbActions.saveSucceeded());
  });

  it('saves a choice made before it started, merged with what was stored', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(settingsFeature.selectChosenBeforeLoad, { region: 'uk' });
    store.overrideSelector(settingsFeature.selectSettings, { ...stored, region: 'uk' });
    repository.load.and.resolveTo(stored);
    repository.put.and.resolveTo();
    TestBed.inject(SettingsPersistence).start();
    await settle();
    expect(repository.put).toHaveBeenCalledOnceWith({ ...stored, region: 'uk' });
    expect(dispatched).toContain(SettingsDbActions.saveSucceeded());
  });

  it('does not write back what it has just read', async () => {
    TestBed.inject(MockStore).overrideSelector(settingsFeature.selectChosenBeforeLoad, {});
    repository.load.and.resolveTo(stored);
    TestBed.inject(SettingsPersistence).start();
    await settle();
    expect(repository.put).not.toHaveBeenCalled();
  });
});
