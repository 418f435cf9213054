// The check-in feature's pure TypeScript surface, for other features' domain code: it pulls in no
// Angular, no store and no IndexedDB. The feature's index.ts adds those for pages and effects.
export * from './check-in';
export * from './calendar-day';
export * from './check-in-day';
export * from './check-in-draft';
export * from './check-in-factory';
export * from './check-in-csv';
export * from './csv';
export * from './daily-reminder-ics';
export * from './rating-labels';
export * from './recent-days';
export * from './result';
export * from './streak';
export * from './tag-usage';
export * from './tags';
export * from './check-in-preferences';
