import { deleteDB, IDBPDatabase } from 'idb';
import { MIGRATIONS } from '../migrations';
import { openDatabase } from '../open-database';
import { revisionToken } from '../revision';

/** Each step, applied on top of the ones before it, adds exactly its stores and indexes. */
describe('schema migrations', () => {
  const name = `migration-steps-spec-${Date.now()}`;
  let db: IDBPDatabase<unknown> | undefined;
  afterEach(async () => {
    db?.close();
    await deleteDB(name);
  });

  const expected: Record<number, { stores: string[]; indexes?: Record<string, string[]> }> = {
    1: { stores: ['meta', 'settings'] },
    2: { stores: ['checkins', 'meta', 'settings', 'tags'] },
    3: { stores: ['checkins', 'drafts', 'journal', 'meta', 'settings', 'tags'], indexes: { journal: ['createdAt'] } },
    4: {
      stores: ['assessments', 'checkins', 'drafts', 'journal', 'meta', 'settings', 'tags'],
      indexes: { assessments: ['instrumentTakenAt'] },
    },
    5: { stores: ['assessments', 'checkins', 'drafts', 'journal', 'meta', 'settings', 'tags'] },
  };

  MIGRATIONS.forEach((migration) =>
    it(`step ${migration.version} adds its stores and indexes`, async () => {
      db = await openDatabase(name, MIGRATIONS.slice(0, migration.version));
      const want = expected[migration.version];
      expect([...db.objectStoreNames].sort()).toEqual(want.stores);
      for (const [store, indexes] of Object.entries(want.indexes ?? {})) {
        expect([...db.transaction(store).objectStore(store).indexNames]).toEqual(indexes);
      }
    }),
  );

  it('upgrades a version-1 database with its settings intact', async () => {
    const v1 = await openDatabase(name, MIGRATIONS.slice(0, 1));
    await v1.put('settings', { k: 'preferences', v: { theme: 'dark' } });
    v1.close();
    db = await openDatabase(name, MIGRATIONS);
    expect(await db.get('settings', 'preferences')).toEqual({ k: 'preferences', v: { theme: 'dark' } });
  });

  it('step 5 gives the check-ins and journal entries stored before it their revision', async () => {
    const v4 = await openDatabase(name, MIGRATIONS.slice(0, 4));
    const checkIn = { k: '2026-12-01', v: { day: '2026-12-01', mood: 4, updatedAt: '2026-12-01T20:00:00.000Z' } };
    const entry = { k: 'e1', createdAt: '2026-12-02T07:00:00.000Z', v: { id: 'e1', text: 'x', updatedAt: '2026-12-02T07:05:00.000Z' } };
    await v4.put('checkins', checkIn);
    await v4.put('journal', entry);
    v4.close();

    db = await openDatabase(name, MIGRATIONS.slice(0, 5));
    expect(await db.get('checkins', '2026-12-01')).toEqual({ ...checkIn, rev: revisionToken('2026-12-01T20:00:00.000Z') });
    expect(await db.get('journal', 'e1')).toEqual({ ...entry, rev: revisionToken('2026-12-02T07:05:00.000Z') });
  });
});
