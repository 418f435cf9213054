import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { JournalPersistence } from '../data/journal-persistence';
import { emptyJournalDraft, JournalDraft } from '../domain/journal-draft';
import { journalEntry, journalStateAfter, rootStateWith } from '../testing/journal-fixtures';
import { JournalDbActions } from './journal-db.actions';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, ENTRY_NOT_FOUND, JournalEditorEffects } from './journal-editor.effects';
import { JournalEditorActions } from './journal-editor.actions';
import { fixedClock } from '../../core/clock/testing';
import { TagRequestsActions } from '../../check-in/tag-writes';

const NOW = '2026-03-08T14:02:00.000Z';

describe('JournalEditorEffects', () => {
  let actions$: Subject<Action>;
  let persistence: jasmine.SpyObj<JournalPersistence>;
  let store: MockStore;
  let effects: JournalEditorEffects;

  const openedNew = [
    JournalEditorActions.opened({ entryId: null, promptId: null }),
    JournalDbActions.editorLoadSucceeded({ entry: null, draft: emptyJournalDraft(), restoredFrom: null }),
  ];
  const typed = (text: string): JournalDraft => ({ ...emptyJournalDraft(), text });
  const setEditor = (...actions: Action[]) => store.setState(rootStateWith(journalStateAfter(...actions)));

  beforeEach(() => {
    actions$ = new Subject();
    persistence = jasmine.createSpyObj<JournalPersistence>('JournalPersistence', [
      'loadEditor', 'saveDraft', 'discardDraft', 'saveEntry',
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
      persistence.loadEditor.and.resolveTo({ entry: null, draft: saved });
      const result = firstValueFrom(effects.open$);
      actions$.next(JournalEditorActions.opened({ entryId: null, promptId: null }));
      expect(await result).toEqual(
        JournalDbActions.editorLoadSucceeded({ entry: null, draft: saved, restoredFrom: '2026-03-08T13:59:00.000Z' }),
      );
    });

    it('says so when the entry to edit is not there', async () => {
      persistence.loadEditor.and.resolveTo({ entry: null, draft: null });
      const result = firstValueFrom(effects.open$);
      actions$.next(JournalEditorActions.opened({ entryId: 'gone', promptId: null }));
      expect(await result).toEqual(JournalDbActions.editorLoadFailed({ error: ENTRY_NOT_FOUND }));
    });

    it('reports a database failure instead of throwing', async () => {
      persistence.loadEditor.and.rejectWith(new Error('blocked'));
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
      expect(persistence.saveDraft).toHaveBeenCalledOnceWith({ ...typed('Tired'), savedAt: NOW });
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
      expect(persistence.saveDraft).toHaveBeenCalledOnceWith({ ...typed('Tired'), savedAt: NOW });
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
        JournalDbActions.editorLoadSucceeded({ entry, draft: { ...emptyJournalDraft(), entryId: 'e1', text: entry.text, mood: 3 }, restoredFrom: null }),
      );
      actions$.next(JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), entryId: 'e1', text: entry.text, mood: 3 } }));
      jasmine.clock().tick(AUTOSAVE_DELAY_MS);
      expect(persistence.saveDraft).not.toHaveBeenCalled();
      expect(persistence.discardDraft).toHaveBeenCalledOnceWith('e1');
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
      expect(persistence.saveEntry).toHaveBeenCalledOnceWith(action.entry, null);
    });

    it('updates an existing entry, keeping when it was written', async () => {
      const entry = journalEntry();
      setEditor(
        JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
        JournalDbActions.editorLoadSucceeded({ entry, draft: { entryId: 'e1', text: 'changed', mood: 3, tagIds: [], promptId: null, savedAt: null }, restoredFrom: null }),
        JournalEditorActions.saveClicked(),
      );
      const result = firstValueFrom(effects.save$);
      actions$.next(JournalEditorActions.saveClicked());
      expect(await result).toEqual(
        JournalDbActions.entrySaveSucceeded({ entry: { ...entry, text: 'changed', updatedAt: '2026-03-08T14:02:00.000Z' } }),
      );
      expect(persistence.saveEntry).toHaveBeenCalledWith(jasmine.objectContaining({ id: 'e1' }), 'e1');
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

  it('discards the draft of the entry being edited', async () => {
    const entry = journalEntry();
    setEditor(
      JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry, draft: { ...emptyJournalDraft(), entryId: 'e1' }, restoredFrom: null }),
    );
    const result = firstValueFrom(effects.discard$);
    actions$.next(JournalEditorActions.discardClicked());
    expect(await result).toEqual(JournalDbActions.draftDiscardSucceeded());
    expect(persistence.discardDraft).toHaveBeenCalledOnceWith('e1');
  });

  it("asks the check-in feature, which owns the tags, to store a new tag", async () => {
    const tag = { id: 't', name: 'Nights', archived: false };
    const result = firstValueFrom(effects.createTag$);
    actions$.next(JournalEditorActions.tagCreated({ tag }));
    expect(await result).toEqual(TagRequestsActions.tagCreateRequested({ tag }));
  });
});
