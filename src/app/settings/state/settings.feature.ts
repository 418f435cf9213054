import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AsyncStatus } from '../../shared/async-status';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings';
import { SettingsDbActions } from './settings-db.actions';
import { SettingsPageActions } from './settings-page.actions';

export interface SettingsState {
  settings: Settings;
  load: AsyncStatus;
  save: AsyncStatus;
}

const initialState: SettingsState = {
  settings: DEFAULT_SETTINGS,
  load: { status: 'idle', error: null },
  save: { status: 'idle', error: null },
};

const saving = { status: 'loading', error: null } as const;

export const settingsFeature = createFeature({
  name: 'settings',
  reducer: createReducer(
    initialState,
    on(SettingsDbActions.loadRequested, (state): SettingsState => ({ ...state, load: { status: 'loading', error: null } })),
    on(SettingsDbActions.loadSucceeded, (state, { settings }): SettingsState => ({
      ...state,
      settings,
      load: { status: 'success', error: null },
    })),
    on(SettingsDbActions.loadFailed, (state, { error }): SettingsState => ({ ...state, load: { status: 'error', error } })),
    on(SettingsPageActions.themeChosen, (state, { theme }): SettingsState => ({
      ...state,
      settings: { ...state.settings, theme },
      save: saving,
    })),
    on(SettingsPageActions.regionChosen, (state, { region }): SettingsState => ({
      ...state,
      settings: { ...state.settings, region },
      save: saving,
    })),
    on(SettingsPageActions.dayStartHourChosen, (state, { dayStartHour }): SettingsState => ({
      ...state,
      settings: { ...state.settings, dayStartHour },
      save: saving,
    })),
    on(SettingsDbActions.saveSucceeded, (state): SettingsState => ({ ...state, save: { status: 'success', error: null } })),
    on(SettingsDbActions.saveFailed, (state, { error }): SettingsState => ({ ...state, save: { status: 'error', error } })),
  ),
  extraSelectors: ({ selectSettings }) => ({
    selectTheme: createSelector(selectSettings, (s) => s.theme),
    selectRegion: createSelector(selectSettings, (s) => s.region),
    selectDayStartHour: createSelector(selectSettings, (s) => s.dayStartHour),
  }),
});
