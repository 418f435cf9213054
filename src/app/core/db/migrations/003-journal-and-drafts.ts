import { KEY_PATH, Migration } from '../migration';

/**
 * Journal entries, indexed by creation time for paging, and drafts: any form's unsaved input,
 * keyed by what it is a draft of ("journal:new", "assessment:phq-9"), so nothing typed is lost.
 */
export const journalAndDrafts: Migration = {
  version: 3,
  upgrade(db) {
    const journal = db.createObjectStore('journal', { keyPath: KEY_PATH });
    journal.createIndex('createdAt', 'createdAt');
    db.createObjectStore('drafts', { keyPath: KEY_PATH });
  },
};
