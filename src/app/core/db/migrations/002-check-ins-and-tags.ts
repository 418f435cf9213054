import { KEY_PATH, Migration } from '../migration';

/** Check-ins keyed by their shift-aware local day (YYYY-MM-DD); user-defined tags by id. */
export const checkInsAndTags: Migration = {
  version: 2,
  upgrade(db) {
    db.createObjectStore('checkins', { keyPath: KEY_PATH });
    db.createObjectStore('tags', { keyPath: KEY_PATH });
  },
};
