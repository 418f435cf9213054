import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { firstValueFrom, Subject } from 'rxjs';
import { RecordChangedError } from '../../core/db/revision';
import { JournalPersistence } from '../data/journal-persistence';
import { journalEntry } from '../testing/journal-fixtures';
import { JournalDbActions } from './journal-db.actions';
import { JournalEntryPageActions } from './journal-entry-page.actions';
import { JournalPageActions } from './journal-page.actions';
import { JournalUndoActions } from './journal-undo.actions';
import { JournalEffects, UNDO_WINDOW_MS } from './journal.effects';

describe('JournalEffects', () => {
  let actions$: Subject<Action>;
  let persistence: jasmine.SpyObj<JournalPersistence>;
  let effects: JournalEffects;
  const entry = journalEntry();

  beforeEach(() => {
    actions$ = new Subject();
    persistence = jasmine.createSpyObj<JournalPersistence>('JournalPersistence', [
      'loadEntries', 'loadEntry', 'deleteEntry', 'restoreEntry',
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        JournalEffects,
        provideMockActions(() => actions$),
        { provide: JournalPersistence, useValue: persistence },
      ],
    });
    effects = TestBed.inject(JournalEffects);
  });

  it('asks for the journal when it is registered', () => {
    expect(effects.ngrxOnInitEffects()).toEqual(JournalDbActions.loadRequested());
  });

  it('loads entries, and reports a failure instead of throwing', async () => {
    persistence.loadEntries.and.resolveTo([entry]);
    const loaded = firstValueFrom(effects.load$);
    actions$.next(JournalDbActions.loadRequested());
    expect(await loaded).toEqual(JournalDbActions.loadSucceeded({ entries: [entry] }));

    persistence.loadEntries.and.rejectWith(new Error('blocked'));
    const failed = firstValueFrom(effects.load$);
    actions$.next(JournalPageActions.retryClicked());
    expect(await failed).toEqual(JournalDbActions.loadFailed({ error: 'blocked' }));
  });

  it('deletes an entry for real, then restores it on undo', async () => {
    persistence.deleteEntry.and.resolveTo();
    persistence.restoreEntry.and.resolveTo();
    const deleted = firstValueFrom(effects.delete$);
    actions$.next(JournalEntryPageActions.deleteClicked({ entry }));
    expect(await deleted).toEqual(JournalDbActions.entryDeleteSucceeded({ entry }));
    expect(persistence.deleteEntry).toHaveBeenCalledOnceWith(entry);

    const restored = firstValueFrom(effects.undoDelete$);
    actions$.next(JournalPageActions.undoDeleteClicked({ entry }));
    expect(await restored).toEqual(JournalDbActions.entryRestoreSucceeded({ entry }));
    expect(persistence.restoreEntry).toHaveBeenCalledOnceWith(entry);
  });

  it('deletes nothing when another tab changed the entry since it was shown, and shows its version', async () => {
    const theirs = journalEntry({ text: 'changed there', updatedAt: '2026-03-08T09:00:00.000Z' });
    persistence.deleteEntry.and.rejectWith(new RecordChangedError('journal', 'e1'));
    persistence.loadEntry.and.resolveTo(theirs);
    const result = firstValueFrom(effects.delete$);
    actions$.next(JournalEntryPageActions.deleteClicked({ entry }));
    expect(await result).toEqual(JournalDbActions.entryDeleteConflicted({ id: 'e1', entry: theirs }));
  });

  it('reports a failed delete', async () => {
    persistence.deleteEntry.and.rejectWith(new Error('blocked'));
    const result = firstValueFrom(effects.delete$);
    actions$.next(JournalEntryPageActions.deleteClicked({ entry }));
    expect(await result).toEqual(JournalDbActions.entryDeleteFailed({ error: 'blocked' }));
  });

  describe('undo window', () => {
    beforeEach(() => jasmine.clock().install());
    afterEach(() => jasmine.clock().uninstall());

    it('closes ten seconds after a delete', () => {
      const results: Action[] = [];
      effects.closeUndoWindow$.subscribe((a) => results.push(a as Action));
      actions$.next(JournalDbActions.entryDeleteSucceeded({ entry }));
      jasmine.clock().tick(UNDO_WINDOW_MS - 1);
      expect(results).toEqual([]);
      jasmine.clock().tick(1);
      expect(results).toEqual([JournalUndoActions.windowClosed()]);
    });

    it('does not close again after undo was used', () => {
      const results: Action[] = [];
      effects.closeUndoWindow$.subscribe((a) => results.push(a as Action));
      actions$.next(JournalDbActions.entryDeleteSucceeded({ entry }));
      actions$.next(JournalPageActions.undoDeleteClicked({ entry }));
      jasmine.clock().tick(UNDO_WINDOW_MS);
      expect(results).toEqual([]);
    });
  });
});
