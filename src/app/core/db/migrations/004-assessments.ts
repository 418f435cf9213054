import { KEY_PATH, Migration } from '../migration';

/** Completed assessments, indexed by instrument and time for per-instrument history. */
export const assessments: Migration = {
  version: 4,
  upgrade(db) {
    const store = db.createObjectStore('assessments', { keyPath: KEY_PATH });
    store.createIndex('instrumentTakenAt', ['instrumentId', 'takenAt']);
  },
};
