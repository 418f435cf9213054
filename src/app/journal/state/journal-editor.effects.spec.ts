import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Observable, of, Subject, throwError } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { RecordChangedError } from '../../core/db/revision';
import { JournalPersistence } from '../data/journal-persistence';
import { draftFromEntry, emptyJournalDraft, JournalDraft } from '../domain/journal-draft';
import { JournalEntry } from '../domain/journal-entry';
import { journalEntry, journalStateAfter, rootStateWith } from '../testing/journal-fixtures';
import { JournalDbActions } from './journal-db.actions';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, ENTRY_NOT_FOUND, JournalEditorEffects } from './journal-editor.effects';
import { JournalEditorActions } from './journal-editor.actions';
import { fixedClock } from '../../core/clock/testing';
import { TagRequestsActions } from '../../check-in/tag-writes';

const NOW = '2026-03-08T14:02:00.000Z';
const NEW_KEY = 'journal:new:mine';
const EDIT_KEY = 'journal:e1:mine';

describe('JournalEditorEffects', () => {
  let actions$: Subject<Action>;
  let persistence: jasmine.SpyObj<JournalPersistence>;
  let store: MockStore;
  let effects: JournalEditorEffects;

  const openedNew = [
    JournalEditorActions.opened({ entryId: null, promptId: null }),
    JournalDbActions.editorLoadSucceeded({ entry: null, draft: emptyJournalDraft(), restoredFrom: null, draftKey: NEW_KEY }),
  ];
  const typed = (text: string): JournalDraft => ({ ...emptyJournalDraft(), text });
  const setEditor = (...actions: Action[]) => store.setState(rootStateWith(journalStateAfter(...actions)));

  beforeEach(() => {
    actions$ = new Subject();
    persistence = jasmine.createSpyObj<JournalPersistence>('JournalPersistence', [
      'openEditor', 'loadEntry', 'saveDraft', 'discardDraft', 'saveEntry',
    ]);
    persistence.saveDraft.and.resolveTo();
    persistence.discardDraft.and.resolveTo();
    persistence.saveEntry.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        JournalEditorEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith(journalStateAfter()) }),
        { provide: JournalPersistence, useValue: persistence },
        { provide: Clock, useValue: fixedClock(NOW, 'UTC') },
      ],
    });
    store = TestBed.inject(MockStore);
    effects = TestBed.inject(JournalEditorEffects);
  });

  describe('opening', () => {
    it('restores a draft left from before and says when it was saved', async () => {
      const saved = { ...typed('Half a sent'), savedAt: '2026-03-08T13:59:00.000Z' };
      persistence.openEditor.and.returnValue(of({ entry: null, draft: saved, draftKey: NEW_KEY }));
      const result = firstValueFrom(effects.open$);
      actions$.next(JournalEditorActions.opened({ entryId: null, promptId: null }));
      expect(await result).toEqual(
        JournalDbActions.editorLoadSucceeded({ entry: null, draft: saved, restoredFrom: '2026-03-08T13:59:00.000Z', draftKey: NEW_KEY }),
      );
    });

    it('says so when the entry to edit is not there', async () => {
      persistence.openEditor.and.returnValue(of({ entry: null, draft: null, draftKey: 'journal:gone:mine' }));
      const result = firstValueFrom(effects.open$);
      actions$.next(JournalEditorActions.opened({ entryId: 'gone', promptId: null }));
      expect(await result).toEqual(JournalDbActions.editorLoadFailed({ error: ENTRY_NOT_FOUND }));
    });

    it('holds its draft key until the editor closes or opens another entry', () => {
      const released: string[] = [];
      persistence.openEditor.and.callFake(
        (entryId) => new Observable(() => () => released.push(entryId ?? 'new')),
      );
      effects.open$.subscribe();
      actions$.next(JournalEditorActions.opened({ entryId: null, promptId: null }));
      actions$.next(JournalEditorActions.opened({ entryId: 'e1', promptId: null }));
      expect(released).toEqual(['new']);
      actions$.next(JournalEditorActions.closed());
      expect(released).toEqual(['new', 'e1']);
    });

    it('reports a database failure instead of throwing', async () => {
      persistence.openEditor.and.returnValue(throwError(() => new Error('blocked')));
      const result = firstValueFrom(effects.open$);
      actions$.next(JournalEditorActions.opened({ entryId: null, promptId: null }));
      expect(await result).toEqual(JournalDbActions.editorLoadFailed({ error: 'blocked' }));
    });
  });

  describe('autosave', () => {
    let results: Action[];

    beforeEach(() => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date('2026-03-08T14:02:00Z'));
      results = [];
      effects.autosave$.subscribe((action) => results.push(action as Action));
    });
    afterEach(() => jasmine.clock().uninstall());

    const flush = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };

    it('writes the draft once typing pauses, not on every keystroke', async () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('Tired') }));
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('Tire') }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS - 100);
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('Tired') }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS - 1);
      expect(persistence.saveDraft).not.toHaveBeenCalled();
      jasmine.clock().tick(1);
      expect(persistence.saveDraft).toHaveBeenCalledOnceWith(NEW_KEY, { ...typed('Tired'), savedAt: NOW });
      await flush();
      expect(results).toEqual([JournalDbActions.draftAutosaveSucceeded({ savedAt: '2026-03-08T14:02:00.000Z' })]);
    });

    it('does not write the draft back after Save, unless the save fails', () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('Tired') }));
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('Tired') }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS - 100);
      actions$.next(JournalEditorActions.saveClicked());
      jasmine.clock().tick(AUTOSAVE_MAX_WAIT_MS);
      expect(persistence.saveDraft).not.toHaveBeenCalled();

      actions$.next(JournalDbActions.entrySaveFailed({ error: 'QuotaExceededError' }));
      expect(persistence.saveDraft).toHaveBeenCalledOnceWith(NEW_KEY, { ...typed('Tired'), savedAt: NOW });
    });

    it('writes the draft at once when a save found the entry changed in another tab', () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('Tired') }));
      actions$.next(JournalEditorActions.saveClicked());
      actions$.next(JournalDbActions.entrySaveConflicted({ theirs: null }));
      expect(persistence.saveDraft).toHaveBeenCalledOnceWith(NEW_KEY, { ...typed('Tired'), savedAt: NOW });
    });

    it('still writes every few seconds while typing without a pause', () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('words') }));
      for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS; t += 200) {
        actions$.next(JournalEditorActions.draftChanged({ draft: typed('words') }));
        jasmine.clock().tick(200);
      }
      expect(persistence.saveDraft).toHaveBeenCalledTimes(1);
    });

    it('writes at once when the editor closes with a change pending', () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('Last words') }));
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('Last words') }));
      actions$.next(JournalEditorActions.closed());
      expect(persistence.saveDraft).toHaveBeenCalledTimes(1);
      jasmine.clock().tick(AUTOSAVE_MAX_WAIT_MS);
      expect(persistence.saveDraft).toHaveBeenCalledTimes(1);
    });

    it('deletes the draft instead when the editor matches the entry again', () => {
      const entry = journalEntry();
      setEditor(
        JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
        JournalDbActions.editorLoadSucceeded({
          entry,
          draft: { ...emptyJournalDraft(), entryId: 'e1', text: entry.text, mood: 3 },
          restoredFrom: null,
          draftKey: EDIT_KEY,
        }),
      );
      actions$.next(JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), entryId: 'e1', text: entry.text, mood: 3 } }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS);
      expect(persistence.saveDraft).not.toHaveBeenCalled();
      expect(persistence.discardDraft).toHaveBeenCalledOnceWith(EDIT_KEY);
    });

    it('reports a failed write and keeps autosaving', async () => {
      persistence.saveDraft.and.rejectWith(new Error('QuotaExceededError'));
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('a') }));
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('a') }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS);
      await flush();
      expect(results).toEqual([JournalDbActions.draftAutosaveFailed({ error: 'QuotaExceededError' })]);
      persistence.saveDraft.and.resolveTo();
      actions$.next(JournalEditorActions.draftChanged({ draft: typed('ab') }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS);
      expect(persistence.saveDraft).toHaveBeenCalledTimes(2);
    });
  });

  describe('saving', () => {
    it('creates the entry and saves it with its draft deleted', async () => {
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: { ...typed('Tired'), mood: 2 } }), JournalEditorActions.saveClicked());
      const result = firstValueFrom(effects.save$);
      actions$.next(JournalEditorActions.saveClicked());
      const action = (await result) as ReturnType<typeof JournalDbActions.entrySaveSucceeded>;
      expect(action.type).toBe(JournalDbActions.entrySaveSucceeded.type);
      expect(action.entry).toEqual(jasmine.objectContaining({ text: 'Tired', mood: 2, createdAt: '2026-03-08T14:02:00.000Z' }));
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(action.entry, NEW_KEY, null);
    });

    it('updates an existing entry, keeping when it was written', async () => {
      const entry = journalEntry();
      setEditor(
        JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
        JournalDbActions.editorLoadSucceeded({
          entry,
          draft: { entryId: 'e1', text: 'changed', mood: 3, tagIds: [], promptId: null, savedAt: null },
          restoredFrom: null,
          draftKey: EDIT_KEY,
        }),
        JournalEditorActions.saveClicked(),
      );
      const result = firstValueFrom(effects.save$);
      actions$.next(JournalEditorActions.saveClicked());
      expect(await result).toEqual(
        JournalDbActions.entrySaveSucceeded({ entry: { ...entry, text: 'changed', updatedAt: '2026-03-08T14:02:00.000Z' } }),
      );
      expect(persistence.saveEntry).toHaveBeenCalledWith(jasmine.objectContaining({ id: 'e1' }), EDIT_KEY, entry);
    });

    it('does nothing when the draft did not pass validation', () => {
      setEditor(...openedNew, JournalEditorActions.saveClicked());
      const results: Action[] = [];
      effects.save$.subscribe((a) => results.push(a as Action));
      actions$.next(JournalEditorActions.saveClicked());
      expect(results).toEqual([]);
      expect(persistence.saveEntry).not.toHaveBeenCalled();
    });

    it('reports a failed save', async () => {
      persistence.saveEntry.and.rejectWith(new Error('QuotaExceededError'));
      setEditor(...openedNew, JournalEditorActions.draftChanged({ draft: typed('Tired') }), JournalEditorActions.saveClicked());
      const result = firstValueFrom(effects.save$);
      actions$.next(JournalEditorActions.saveClicked());
      expect(await result).toEqual(JournalDbActions.entrySaveFailed({ error: 'QuotaExceededError' }));
    });
  });

  describe('an entry another tab saved or deleted meanwhile', () => {
    const opened = journalEntry({ text: 'Night shift.' });
    const theirs = journalEntry({ text: 'Night shift.\nLine from A.', updatedAt: '2026-03-08T13:00:00.000Z', tagIds: ['nights'] });
    const mine = { ...draftFromEntry(opened), text: 'Night shift.\nLine from B.', tagIds: ['tired'] };
    const editing = [
      JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry: opened, draft: mine, restoredFrom: null, draftKey: EDIT_KEY }),
    ];
    const conflicted = (found: JournalEntry | null) => [
      ...editing,
      JournalEditorActions.saveClicked(),
      JournalDbActions.entrySaveConflicted({ theirs: found }),
    ];
    const saved = (action: Action) => (action as ReturnType<typeof JournalDbActions.entrySaveSucceeded>).entry;

    it('saves nothing over their version, reads it, and lets the user choose', async () => {
      persistence.saveEntry.and.rejectWith(new RecordChangedError('journal', 'e1'));
      persistence.loadEntry.and.resolveTo(theirs);
      setEditor(...editing, JournalEditorActions.saveClicked());
      const result = firstValueFrom(effects.save$);
      actions$.next(JournalEditorActions.saveClicked());
      expect(await result).toEqual(JournalDbActions.entrySaveConflicted({ theirs }));
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(jasmine.objectContaining({ text: mine.text }), EDIT_KEY, opened);
      expect(persistence.loadEntry).toHaveBeenCalledOnceWith('e1');
    });

    it('Keep mine saves my words over theirs, checked against theirs now', async () => {
      const resolved = JournalEditorActions.saveConflictResolved({ keep: 'mine' });
      setEditor(...conflicted(theirs), resolved);
      const result = firstValueFrom(effects.save$);
      actions$.next(resolved);
      const entry = saved(await result);
      expect(entry).toEqual({ ...theirs, text: mine.text, tagIds: ['tired'], updatedAt: NOW });
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(entry, EDIT_KEY, theirs);
    });

    it('Keep both saves their text, a blank line, then mine, with the tags of both', async () => {
      const resolved = JournalEditorActions.saveConflictResolved({ keep: 'both' });
      setEditor(...conflicted(theirs), resolved);
      const result = firstValueFrom(effects.save$);
      actions$.next(resolved);
      const entry = saved(await result);
      expect(entry.text).toBe('Night shift.\nLine from A.\n\nNight shift.\nLine from B.');
      expect(entry.tagIds).toEqual(['nights', 'tired']);
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(entry, EDIT_KEY, theirs);
    });

    it('Keep theirs saves nothing and deletes my draft', async () => {
      const resolved = JournalEditorActions.saveConflictResolved({ keep: 'theirs' });
      setEditor(...conflicted(theirs), resolved);
      effects.save$.subscribe();
      const result = firstValueFrom(effects.discard$);
      actions$.next(resolved);
      expect(await result).toEqual(JournalDbActions.draftDiscardSucceeded());
      expect(persistence.discardDraft).toHaveBeenCalledOnceWith(EDIT_KEY);
      expect(persistence.saveEntry).not.toHaveBeenCalled();
    });

    it('Save mine again puts an entry another tab deleted back, as it was written, with my words', async () => {
      const resolved = JournalEditorActions.saveConflictResolved({ keep: 'mine' });
      setEditor(...conflicted(null), resolved);
      const result = firstValueFrom(effects.save$);
      actions$.next(resolved);
      const entry = saved(await result);
      expect(entry).toEqual({ ...opened, text: mine.text, tagIds: ['tired'], updatedAt: NOW });
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(entry, EDIT_KEY, null);
    });
  });

  it('discards the draft of the entry being edited', async () => {
    const entry = journalEntry();
    setEditor(
      JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry, draft: { ...emptyJournalDraft(), entryId: 'e1' }, restoredFrom: null, draftKey: EDIT_KEY }),
    );
    const result = firstValueFrom(effects.discard$);
    actions$.next(JournalEditorActions.discardClicked());
    expect(await result).toEqual(JournalDbActions.draftDiscardSucceeded());
    expect(persistence.discardDraft).toHaveBeenCalledOnceWith(EDIT_KEY);
  });

  it('asks the check-in feature, which owns the tags, to store a new tag', async () => {
    const tag = { id: 't', name: 'Nights', archived: false };
    const result = firstValueFrom(effects.createTag$);
    actions$.next(JournalEditorActions.tagCreated({ tag }));
    expect(await result).toEqual(TagRequestsActions.tagCreateRequested({ tag }));
  });
});
