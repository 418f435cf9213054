import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';
import { DATABASE_NAME, TendDatabase } from './tend-database';

let counter = 0;

/** A fresh, uniquely named database per spec, deleted afterwards. */
export function provideTestDatabase() {
  const name = `tend-spec-${Date.now()}-${counter++}`;
  return { provide: DATABASE_NAME, useValue: name };
}

export async function dropTestDatabase(): Promise<void> {
  const database = TestBed.inject(TendDatabase);
  await database.close();
  await deleteDB(TestBed.inject(DATABASE_NAME));
}
