import { DEFAULT_SETTINGS } from '../domain/settings';
import { SettingsDbActions } from './settings-db.actions';
import { settingsFeature } from './settings.feature';
import { SettingsPageActions } from './settings-page.actions';

describe('settingsFeature', () => {
  const { reducer } = settingsFeature;
  const initial = reducer(undefined, { type: '@@init' });

  it('starts from the defaults', () => {
    expect(initial.settings).toEqual(DEFAULT_SETTINGS);
    expect(initial.load.status).toBe('idle');
  });

  it('takes the stored settings once loaded', () => {
    const settings = { theme: 'dark' as const, region: 'au' as const, dayStartHour: 5 };
    const state = reducer(initial, SettingsDbActions.loadSucceeded({ settings }));
    expect(state.settings).toEqual(settings);
    expect(state.load).toEqual({ status: 'success', error: null });
    expect(settingsFeature.selectRegion.projector(state.settings)).toBe('au');
  });

  it('applies a choice at once and marks it saving, then saved or failed', () => {
    const chosen = reducer(initial, SettingsPageActions.regionChosen({ region: 'mx' }));
    expect(chosen.settings.region).toBe('mx');
    expect(chosen.save.status).toBe('loading');
    expect(reducer(chosen, SettingsDbActions.saveSucceeded()).save.status).toBe('success');
    expect(reducer(chosen, SettingsDbActions.saveFailed({ error: 'QuotaExceededError' })).save).toEqual({
      status: 'error',
      error: 'QuotaExceededError',
    });
  });

  it('keeps a choice made before the stored settings were read', () => {
    const settings = { theme: 'dark' as const, region: 'au' as const, dayStartHour: 5 };
    const early = reducer(reducer(initial, SettingsDbActions.loadRequested()), SettingsPageActions.regionChosen({ region: 'uk' }));
    const loaded = reducer(early, SettingsDbActions.loadSucceeded({ settings }));
    expect(loaded.settings).toEqual({ ...settings, region: 'uk' });
    expect(loaded.chosenBeforeLoad).toEqual({});
    // Once loaded, choices are just choices.
    const later = reducer(loaded, SettingsPageActions.themeChosen({ theme: 'light' }));
    expect(later.chosenBeforeLoad).toEqual({});
  });
});
