import { KEY_PATH, Migration } from '../migration';

export const settingsAndMeta: Migration = {
  version: 1,
  upgrade(db) {
    db.createObjectStore('settings', { keyPath: KEY_PATH });
    db.createObjectStore('meta', { keyPath: KEY_PATH });
  },
};
