import { deleteDB } from 'idb';
import { KEY_PATH, Migration } from './migration';
import { MIGRATIONS } from './migrations';
import { latestVersion, openDatabase } from './open-database';

describe('openDatabase', () => {
  const name = `open-database-spec-${Date.now()}`;
  afterEach(() => deleteDB(name));

  it('creates every store of the shipped schema on a new device', async () => {
    const db = await openDatabase(name, MIGRATIONS);
    expect(db.version).toBe(latestVersion(MIGRATIONS));
    expect([...db.objectStoreNames]).toEqual(jasmine.arrayContaining(['settings', 'meta']));
    db.close();
  });

  it('runs only the steps newer than the version on disk, keeping existing data', async () => {
    const first: Migration = { version: 1, upgrade: (db) => void db.createObjectStore('notes', { keyPath: KEY_PATH }) };
    const v1 = await openDatabase(name, [first]);
    await v1.put('notes', { k: 'a', v: 'kept' });
    v1.close();

    const firstRanAgain = jasmine.createSpy('first step');
    const second: Migration = {
      version: 2,
      async upgrade(_db, tx) {
        const notes = tx.objectStore('notes');
        notes.createIndex('byValue', 'v');
      },
    };
    const v2 = await openDatabase(name, [{ ...first, upgrade: firstRanAgain }, second]);
    expect(firstRanAgain).not.toHaveBeenCalled();
    expect(await v2.get('notes', 'a')).toEqual({ k: 'a', v: 'kept' });
    const indexed: IDBValidKey | undefined = await v2.getKeyFromIndex('notes', 'byValue', 'kept');
    expect(String(indexed)).toBe('a');
    v2.close();
  });

  it('refuses a schema history with a gap', async () => {
    const gap: Migration[] = [
      { version: 1, upgrade: () => undefined },
      { version: 3, upgrade: () => undefined },
    ];
    await expectAsync(openDatabase(name, gap)).toBeRejectedWithError(/expected 2/);
  });
});
