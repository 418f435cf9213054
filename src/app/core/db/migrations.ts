import { Migration } from './migration';
import { settingsAndMeta } from './migrations/001-settings-and-meta';

/** The whole schema history, oldest first. Append; never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [settingsAndMeta];
