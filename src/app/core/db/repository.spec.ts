import { Injectable, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StoragePersistence } from '../storage/storage-persistence';
import { RECORD_CODEC, RecordCodec } from './record-codec';
import { Repository } from './repository';
import { TendDatabase } from './tend-database';
import { dropTestDatabase, provideTestDatabase } from './testing';

interface Note {
  id: string;
  text: string;
}

@Injectable({ providedIn: 'root' })
class NoteRepository extends Repository<Note, string> {
  protected readonly storeName = 'meta';
  protected keyOf(note: Note): string {
    return note.id;
  }
}

/** Reverses the JSON text: enough to prove every read and write goes through the codec. */
const reversingCodec: RecordCodec = {
  encode: async (value) => [...JSON.stringify(value)].reverse().join(''),
  decode: async (stored) => JSON.parse([...(stored as string)].reverse().join('')),
};

describe('Repository', () => {
  let persistence: jasmine.SpyObj<StoragePersistence>;

  beforeEach(() => {
    persistence = jasmine.createSpyObj<StoragePersistence>('StoragePersistence', ['noteRecordSaved', 'noteWriteFailed', 'noteWriteSucceeded']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTestDatabase(),
        { provide: RECORD_CODEC, useValue: reversingCodec },
        { provide: StoragePersistence, useValue: persistence },
      ],
    });
  });
  afterEach(() => dropTestDatabase());

  it('stores records through the codec and reads them back', async () => {
    const notes = TestBed.inject(NoteRepository);
    await notes.put({ id: 'n1', text: 'after a long shift' });

    const raw = await (await TestBed.inject(TendDatabase).connection()).get('meta', 'n1');
    expect(raw.k).toBe('n1');
    expect(raw.v).not.toContain('"text"');
    expect(raw.v).toContain('tfihs gnol');
    expect(await notes.get('n1')).toEqual({ id: 'n1', text: 'after a long shift' });
    expect(await notes.getAll()).toEqual([{ id: 'n1', text: 'after a long shift' }]);
  });

  it('reads a key range through the codec, at most the count asked for, and keys alone', async () => {
    const notes = TestBed.inject(NoteRepository);
    await notes.putMany(['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() })));
    expect(await notes.getAllIn(IDBKeyRange.bound('b', 'd'))).toEqual([
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
      { id: 'd', text: 'D' },
    ]);
    expect(await notes.getAllIn(IDBKeyRange.lowerBound('b', true), 1)).toEqual([{ id: 'c', text: 'C' }]);
    expect(await notes.keys()).toEqual(['a', 'b', 'c', 'd']);
    expect(await notes.keys(IDBKeyRange.upperBound('c', true), 1)).toEqual(['a']);
  });

  it('deletes and counts', async () => {
    const notes = TestBed.inject(NoteRepository);
    await notes.putMany([{ id: 'a', text: '1' }, { id: 'b', text: '2' }]);
    expect(await notes.count()).toBe(2);
    await notes.delete('a');
    expect(await notes.getAll()).toEqual([{ id: 'b', text: '2' }]);
  });

  it('tells storage persistence after a personal record is saved', async () => {
    await TestBed.inject(NoteRepository).put({ id: 'a', text: 'x' });
    expect(persistence.noteRecordSaved).toHaveBeenCalled();
  });

  it('writes several stores in one transaction: one bad write keeps all of them out', async () => {
    const notes = TestBed.inject(NoteRepository);
    const database = TestBed.inject(TendDatabase);
    const good = await notes.putOp({ id: 'good', text: 'kept out' });
    // A record without its key path is a DataError, which aborts the transaction.
    const bad = { store: 'settings', kind: 'put' as const, record: { v: 'no key' } };
    await expectAsync(database.commit([good, bad])).toBeRejected();
    expect(await notes.get('good')).toBeUndefined();
  });
});
