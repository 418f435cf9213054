import { IDBPDatabase, openDB } from 'idb';
import { Migration } from './migration';

export const DB_NAME = 'tend';

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Opens the database and runs, in order, every migration newer than what is on disk. */
export async function openDatabase(
  name: string,
  migrations: readonly Migration[],
): Promise<IDBPDatabase<unknown>> {
  assertOrdered(migrations);
  const db = await openDB<unknown>(name, latestVersion(migrations), {
    async upgrade(database, oldVersion, _newVersion, tx) {
      for (const migration of migrations) {
        if (migration.version > oldVersion) await migration.upgrade(database, tx);
      }
    },
  });
  // Another tab running a newer Tend needs this one to let go so it can upgrade.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}
