import { Migration } from '../migration';
import { REVISION_FIELD, revisionToken } from '../revision';

/** Stores whose records two tabs may edit at once carry a revision beside the value. */
export const REVISED_STORES = ['checkins', 'journal'] as const;

/** Adds the revision to every check-in and journal entry stored before revisions existed. */
export const revisions: Migration = {
  version: 5,
  async upgrade(_db, tx) {
    for (const name of REVISED_STORES) {
      let cursor = await tx.objectStore(name).openCursor();
      while (cursor) {
        const record = cursor.value as Record<string, unknown> & { v?: { updatedAt?: unknown } };
        const updatedAt = record.v?.updatedAt;
        if (typeof updatedAt === 'string') await cursor.update({ ...record, [REVISION_FIELD]: revisionToken(updatedAt) });
        cursor = await cursor.continue();
      }
    }
  },
};
