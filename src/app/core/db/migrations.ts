import { Migration } from './migration';
import { settingsAndMeta } from './migrations/001-settings-and-meta';
import { checkInsAndTags } from './migrations/002-check-ins-and-tags';
import { journalAndDrafts } from './migrations/003-journal-and-drafts';
import { assessments } from './migrations/004-assessments';
import { revisions } from './migrations/005-revisions';

/** The whole schema history, oldest first. Append; never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [settingsAndMeta, checkInsAndTags, journalAndDrafts, assessments, revisions];
