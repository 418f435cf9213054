import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { settingsFeature } from '../state/settings.feature';
import { SettingsPageActions } from '../state/settings-page.actions';
import SettingsPage from './settings-page';

describe('SettingsPage', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore({
          initialState: { settings: { settings: DEFAULT_SETTINGS, load: { status: 'success', error: null }, save: { status: 'idle', error: null } } },
        }),
      ],
    }),
  );

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('dispatches the chosen colour scheme and region', async () => {
    const fixture = TestBed.createComponent(SettingsPage);
    await fixture.whenStable();
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const host: HTMLElement = fixture.nativeElement;

    const dark = host.querySelector<HTMLInputElement>('input[type=radio][value=dark]')!;
    dark.click();
    expect(dispatch).toHaveBeenCalledWith(SettingsPageActions.themeChosen({ theme: 'dark' }));

    const region = host.querySelector<HTMLSelectElement>('#region')!;
    region.value = 'ie';
    region.dispatchEvent(new Event('change'));
    expect(dispatch).toHaveBeenCalledWith(SettingsPageActions.regionChosen({ region: 'ie' }));
  });

  it('shows a failed save as an alert', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(settingsFeature.selectSave, { status: 'error', error: 'QuotaExceededError' });
    const fixture = TestBed.createComponent(SettingsPage);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role=alert]').textContent).toContain('QuotaExceededError');
  });
});
