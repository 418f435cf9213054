import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { journalEntry, journalStateAfter, rootStateWith } from '../testing/journal-fixtures';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { JournalDbActions } from './journal-db.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { JournalSearchActions } from './journal-search.actions';
import { EMPTY_SEARCH_CRITERIA } from './journal-search-criteria';
import { JournalSearchEffects } from './journal-search.effects';
import { SEARCH_PAGE_SIZE } from './journal-search.reducer';
import { JournalSearchIndex } from './journal-search-index';

describe('JournalSearchEffects', () => {
  let actions$: Subject<Action>;
  let index: jasmine.SpyObj<JournalSearchIndex>;
  const entry = journalEntry();
  const criteria = { ...EMPTY_SEARCH_CRITERIA, query: 'tea' };

  function setUp(...stateActions: Action[]): JournalSearchEffects {
    actions$ = new Subject();
    index = jasmine.createSpyObj<JournalSearchIndex>('JournalSearchIndex', ['search', 'warm', 'upsert', 'remove', 'reset']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        JournalSearchEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith(journalStateAfter(...stateActions)) }),
        { provide: JournalSearchIndex, useValue: index },
        { provide: Clock, useValue: { zone: () => 'America/Chicago' } },
      ],
    });
    return TestBed.inject(JournalSearchEffects);
  }

  it('searches the loaded entries in the user’s zone and day start', async () => {
    const effects = setUp(JournalDbActions.loadSucceeded({ entries: [entry] }), JournalSearchActions.searchSubmitted({ criteria }));
    const hit = { entry, score: 1, matches: [], snippet: { text: '', matches: [], clippedStart: false, clippedEnd: false } };
    index.search.and.resolveTo({ hits: [hit], total: 1 });
    const result = firstValueFrom(effects.search$);
    actions$.next(JournalSearchActions.searchSubmitted({ criteria }));
    expect(await result).toEqual(JournalDbActions.searchSucceeded({ results: { hits: [hit], total: 1 } }));
    expect(index.search).toHaveBeenCalledOnceWith([entry], criteria, { zone: 'America/Chicago', dayStartHour: 4 }, SEARCH_PAGE_SIZE);
  });

  it('asks for one more page of the same search', async () => {
    const effects = setUp(
      JournalDbActions.loadSucceeded({ entries: [entry] }),
      JournalSearchActions.searchSubmitted({ criteria }),
      JournalSearchActions.moreRequested(),
    );
    index.search.and.resolveTo({ hits: [], total: 0 });
    const result = firstValueFrom(effects.search$);
    actions$.next(JournalSearchActions.moreRequested());
    await result;
    expect(index.search).toHaveBeenCalledOnceWith([entry], criteria, jasmine.anything(), 2 * SEARCH_PAGE_SIZE);
  });

  it('starts building the index when the page opens, once entries have loaded', () => {
    const effects = setUp(JournalDbActions.loadSucceeded({ entries: [entry] }));
    index.warm.and.resolveTo(undefined as never);
    effects.warmIndex$.subscribe();
    actions$.next(JournalSearchActions.opened());
    expect(index.warm).toHaveBeenCalledOnceWith([entry], { zone: 'America/Chicago', dayStartHour: 4 });
  });

  it('does not search on opening before anything was asked', () => {
    const effects = setUp(JournalDbActions.loadSucceeded({ entries: [entry] }));
    effects.search$.subscribe();
    actions$.next(JournalSearchActions.opened());
    expect(index.search).not.toHaveBeenCalled();
  });

  it('waits for the journal to load before building the index', () => {
    const effects = setUp(JournalSearchActions.searchSubmitted({ criteria }));
    effects.search$.subscribe();
    actions$.next(JournalSearchActions.searchSubmitted({ criteria }));
    expect(index.search).not.toHaveBeenCalled();
  });

  it('reports a failed search', async () => {
    const effects = setUp(JournalDbActions.loadSucceeded({ entries: [entry] }), JournalSearchActions.searchSubmitted({ criteria }));
    index.search.and.rejectWith(new Error('chunk failed'));
    const result = firstValueFrom(effects.search$);
    actions$.next(JournalSearchActions.searchSubmitted({ criteria }));
    expect(await result).toEqual(JournalDbActions.searchFailed({ error: 'chunk failed' }));
  });

  it('keeps the index current as entries are saved, deleted, restored and imported', () => {
    const effects = setUp();
    effects.keepIndexCurrent$.subscribe();
    actions$.next(JournalDbActions.entrySaveSucceeded({ entry }));
    actions$.next(JournalDbActions.entryDeleteSucceeded({ entry }));
    actions$.next(JournalDbActions.entryRestoreSucceeded({ entry }));
    actions$.next(DaylioImportDbActions.importSucceeded({ checkIns: [], tags: [], entries: [entry] }));
    actions$.next(JournalDbActions.loadSucceeded({ entries: [] }));
    expect(index.upsert.calls.allArgs()).toEqual([[[entry]], [[entry]], [[entry]]]);
    expect(index.remove).toHaveBeenCalledOnceWith('e1');
    expect(index.reset).toHaveBeenCalledTimes(1);
  });

  it('takes in entries another tab changed, then runs the last search again over them', async () => {
    const changed = journalEntry({ text: 'tea, then more tea' });
    const effects = setUp(
      JournalDbActions.loadSucceeded({ entries: [entry] }),
      JournalSearchActions.searchSubmitted({ criteria }),
      JournalElsewhereActions.entriesChanged({ entries: [changed], removedIds: ['gone'] }),
    );
    index.search.and.callFake(async () => {
      expect(index.upsert).toHaveBeenCalledOnceWith([changed]);
      expect(index.remove).toHaveBeenCalledOnceWith('gone');
      return { hits: [], total: 0 };
    });
    const result = firstValueFrom(effects.search$);
    actions$.next(JournalElsewhereActions.entriesChanged({ entries: [changed], removedIds: ['gone'] }));
    expect(await result).toEqual(JournalDbActions.searchSucceeded({ results: { hits: [], total: 0 } }));
    expect(index.search).toHaveBeenCalledOnceWith([changed], criteria, jasmine.anything(), SEARCH_PAGE_SIZE);
  });

  it('builds the index again when another tab changed too many entries to list', () => {
    const effects = setUp(JournalDbActions.loadSucceeded({ entries: [entry] }));
    effects.search$.subscribe();
    actions$.next(JournalElsewhereActions.allEntriesChanged({ entries: [entry] }));
    expect(index.reset).toHaveBeenCalledTimes(1);
    expect(index.search).not.toHaveBeenCalled();
  });
});
