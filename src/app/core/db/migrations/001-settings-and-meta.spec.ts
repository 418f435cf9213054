import { deleteDB, openDB } from 'idb';
import { settingsAndMeta } from './001-settings-and-meta';

describe('migration 1: settings and meta', () => {
  const name = `migration-1-spec-${Date.now()}`;
  afterEach(() => deleteDB(name));

  it('creates the settings and meta stores keyed by k', async () => {
    const db = await openDB(name, 1, { upgrade: (database, _old, _new, tx) => settingsAndMeta.upgrade(database, tx) });
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'settings']);
    const tx = db.transaction(['settings', 'meta']);
    expect(tx.objectStore('settings').keyPath).toBe('k');
    expect(tx.objectStore('meta').keyPath).toBe('k');
    db.close();
  });
});
