import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { Subject } from 'rxjs';
import { ChangedKeys, CHANGES_ELSEWHERE } from '../../core/db/database-changes';
import { JournalPersistence } from '../data/journal-persistence';
import { journalEntry } from '../testing/journal-fixtures';
import { JournalDbActions } from './journal-db.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { JournalElsewhereEffects } from './journal-elsewhere.effects';

describe('JournalElsewhereEffects', () => {
  let elsewhere$: Subject<ChangedKeys>;
  let persistence: jasmine.SpyObj<JournalPersistence>;
  let results: Action[];

  beforeEach(() => {
    elsewhere$ = new Subject();
    persistence = jasmine.createSpyObj<JournalPersistence>('JournalPersistence', ['rereadEntries', 'loadEntries']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        JournalElsewhereEffects,
        { provide: CHANGES_ELSEWHERE, useValue: elsewhere$ },
        { provide: JournalPersistence, useValue: persistence },
      ],
    });
    results = [];
    TestBed.inject(JournalElsewhereEffects).reread$.subscribe((action) => results.push(action));
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('reads again the entries another tab wrote, and says which are gone', async () => {
    const changed = journalEntry({ text: 'Line from A.' });
    persistence.rereadEntries.and.resolveTo({ entries: [changed], removedIds: ['e2'] });
    elsewhere$.next({ journal: ['e1', 'e2'], drafts: ['journal:e1:x'] });
    await settle();
    expect(persistence.rereadEntries).toHaveBeenCalledOnceWith(['e1', 'e2']);
    expect(results).toEqual([JournalElsewhereActions.entriesChanged({ entries: [changed], removedIds: ['e2'] })]);
  });

  it('reads the whole journal again when too many entries changed to list', async () => {
    persistence.loadEntries.and.resolveTo([journalEntry()]);
    elsewhere$.next({ journal: null });
    await settle();
    expect(results).toEqual([JournalElsewhereActions.allEntriesChanged({ entries: [journalEntry()] })]);
  });

  it('ignores writes to other stores, even ones named like Object’s own properties', async () => {
    elsewhere$.next({ checkins: ['2026-03-08'] });
    elsewhere$.next(JSON.parse('{"__proto__": ["x"], "constructor": ["y"]}') as ChangedKeys);
    await settle();
    expect(persistence.rereadEntries).not.toHaveBeenCalled();
    expect(results).toEqual([]);
  });

  it('says the journal could not be read, and keeps listening', async () => {
    persistence.rereadEntries.and.rejectWith(new Error('blocked'));
    elsewhere$.next({ journal: ['e1'] });
    await settle();
    persistence.rereadEntries.and.resolveTo({ entries: [], removedIds: ['e1'] });
    elsewhere$.next({ journal: ['e1'] });
    await settle();
    expect(results).toEqual([
      JournalDbActions.loadFailed({ error: 'blocked' }),
      JournalElsewhereActions.entriesChanged({ entries: [], removedIds: ['e1'] }),
    ]);
  });
});
