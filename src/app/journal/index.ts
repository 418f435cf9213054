// The journal feature's public surface: other features import from here only.
export * from './domain/journal-entry';
export * from './domain/journal-draft';
export * from './domain/journal-entry-rules';
export * from './domain/journal-prompt';
export * from './domain/journal-prompts';
export * from './domain/journal-search';
export * from './domain/search-text';
export * from './domain/text-snippet';
export * from './domain/journal-csv';
export * from './domain/daylio/daylio-file';
export * from './domain/daylio/daylio-import';
export * from './domain/daylio/daylio-values';
export * from './domain/journal-editor-start';
export * from './domain/text-segments';
// State other features may show (Today shows how many entries were written this week).
export { provideJournalState } from './state/provide-journal-state';
export { journalFeature } from './state/journal.feature';
export { selectEntryCountThisWeek } from './state/journal.selectors';
