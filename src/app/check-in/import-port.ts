// The check-in stores' side of a cross-feature import (the journal's Daylio import): it prepares
// writes for the importer's single transaction, so only the check-in repositories encode records
// for the check-in stores. Kept apart from index.ts, which never exports a repository, and loaded
// only by the import's route.
export { CheckInImportPort } from './data/check-in-import-port';
export type { CheckInsHeld } from './data/check-in-import-port';
