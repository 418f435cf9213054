import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings';
import { SettingsDbActions } from './settings-db.actions';
import { SettingsPageActions } from './settings-page.actions';

export interface SettingsState {
  settings: Settings;
  /**
   * Choices made before the stored settings were read (the database code loads after the first
   * paint): they win over what is read, so a quick choice is never undone by the load.
   */
  chosenBeforeLoad: Partial<Settings>;
  load: AsyncStatus;
  save: AsyncStatus;
}

const initialState: SettingsState = {
  settings: DEFAULT_SETTINGS,
  chosenBeforeLoad: {},
  load: IDLE,
  save: IDLE,
};

function choose(state: SettingsState, choice: Partial<Settings>): SettingsState {
  const beforeLoad = state.load.status === 'idle' || state.load.status === 'loading';
  return {
    ...state,
    settings: { ...state.settings, ...choice },
    chosenBeforeLoad: beforeLoad ? { ...state.chosenBeforeLoad, ...choice } : state.chosenBeforeLoad,
    save: LOADING,
  };
}

export const settingsFeature = createFeature({
  name: 'settings',
  reducer: createReducer(
    initialState,
    on(SettingsDbActions.loadRequested, (state): SettingsState => ({ ...state, load: LOADING })),
    on(SettingsDbActions.loadSucceeded, (state, { settings }): SettingsState => ({
      ...state,
      settings: { ...settings, ...state.chosenBeforeLoad },
      chosenBeforeLoad: {},
      load: SUCCESS,
    })),
    on(SettingsDbActions.loadFailed, (state, { error }): SettingsState => ({ ...state, load: failed(error) })),
    on(SettingsPageActions.themeChosen, (state, { theme }): SettingsState => choose(state, { theme })),
    on(SettingsPageActions.regionChosen, (state, { region }): SettingsState => choose(state, { region })),
    on(SettingsPageActions.dayStartHourChosen, (state, { dayStartHour }): SettingsState => choose(state, { dayStartHour })),
    on(SettingsDbActions.saveSucceeded, (state): SettingsState => ({ ...state, save: SUCCESS })),
    on(SettingsDbActions.saveFailed, (state, { error }): SettingsState => ({ ...state, save: failed(error) })),
  ),
  extraSelectors: ({ selectSettings }) => ({
    selectTheme: createSelector(selectSettings, (s) => s.theme),
    selectRegion: createSelector(selectSettings, (s) => s.region),
    selectDayStartHour: createSelector(selectSettings, (s) => s.dayStartHour),
  }),
});
