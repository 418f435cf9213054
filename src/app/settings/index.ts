// The settings feature's public surface.
export { settingsFeature } from './state/settings.feature';
export type { Settings, ThemeChoice } from './domain/settings';
