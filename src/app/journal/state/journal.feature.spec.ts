import { TagsDbActions } from '../../check-in';
import { draftFromEntry, emptyJournalDraft } from '../domain/journal-draft';
import { journalEntry, journalStateAfter } from '../testing/journal-fixtures';
import { DaylioImportActions, DaylioPreviewActions } from './daylio-import.actions';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { JournalDbActions } from './journal-db.actions';
import { JournalEditorActions } from './journal-editor.actions';
import { JournalElsewhereActions } from './journal-elsewhere.actions';
import { JournalEntryPageActions } from './journal-entry-page.actions';
import { JournalPageActions } from './journal-page.actions';
import { JournalUndoActions } from './journal-undo.actions';
import { journalFeature } from './journal.feature';

const older = journalEntry({ id: 'a', createdAt: '2026-03-01T08:00:00.000Z', tagIds: ['icu', 'gone'] });
const newer = journalEntry({ id: 'b', createdAt: '2026-03-05T08:00:00.000Z', mood: null, text: 'x'.repeat(500) });
const tags = [
  { id: 'icu', name: 'ICU', archived: false },
  { id: 'old', name: 'Old ward', archived: true },
];
const loaded = JournalDbActions.loadSucceeded({ entries: [older, newer] });
const tagEntities = Object.fromEntries(tags.map((tag) => [tag.id, tag]));

describe('journalFeature', () => {
  it('starts empty and idle', () => {
    const state = journalStateAfter();
    expect(journalFeature.selectAllEntries.projector(state.entries)).toEqual([]);
    expect(state.entries.load.status).toBe('idle');
    expect(state.editor.draft).toBeNull();
  });

  it('keeps entries newest first, and shows each as a card with words and a snippet', () => {
    const state = journalStateAfter(JournalDbActions.loadRequested(), loaded);
    const entries = journalFeature.selectAllEntries.projector(state.entries);
    expect(entries.map((e) => e.id)).toEqual(['b', 'a']);
    const cards = journalFeature.selectEntryCards.projector(entries, tagEntities);
    expect(cards[1]).toEqual(jasmine.objectContaining({ moodLabel: 'Okay', tagNames: ['ICU'], prompt: null }));
    expect(cards[0].moodLabel).toBeNull();
    expect(cards[0].snippet.text.length).toBeLessThanOrEqual(160);
    expect(cards[0].snippet.clippedEnd).toBeTrue();
  });

  it('records a failed load', () => {
    const state = journalStateAfter(JournalDbActions.loadRequested(), JournalDbActions.loadFailed({ error: 'blocked' }));
    expect(state.entries.load).toEqual({ status: 'error', error: 'blocked' });
  });

  describe('editor', () => {
    const opened = [
      JournalEditorActions.opened({ entryId: null, promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry: null, draft: emptyJournalDraft(), restoredFrom: null, draftKey: 'journal:new:x' }),
    ];

    it('is dirty once something is written, and flags problems only on save', () => {
      const typed = journalStateAfter(...opened, JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), text: 'Tired' } }));
      expect(journalFeature.selectEditorDirty.projector(typed.editor)).toBeTrue();
      expect(typed.editor.issues).toEqual([]);

      const empty = journalStateAfter(...opened, JournalEditorActions.saveClicked());
      expect(empty.editor.issues[0].field).toBe('text');
      expect(empty.editor.save.status).toBe('idle');
    });

    it('refuses an entry above the maximum with a clear message, and clears it once fixed', () => {
      const long = { ...emptyJournalDraft(), text: 'a'.repeat(200_001) };
      const state = journalStateAfter(...opened, JournalEditorActions.draftChanged({ draft: long }), JournalEditorActions.saveClicked());
      expect(state.editor.issues[0].message).toContain('200,000');
      expect(state.editor.save.status).toBe('idle');
      const fixed = journalStateAfter(
        ...opened,
        JournalEditorActions.draftChanged({ draft: long }),
        JournalEditorActions.saveClicked(),
        JournalEditorActions.draftChanged({ draft: { ...long, text: 'short' } }),
      );
      expect(fixed.editor.issues).toEqual([]);
    });

    it('after a save holds the stored entry and is clean', () => {
      const entry = journalEntry({ id: 'n1', text: 'Tired' });
      const state = journalStateAfter(
        ...opened,
        JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), text: 'Tired' } }),
        JournalEditorActions.saveClicked(),
        JournalDbActions.entrySaveSucceeded({ entry }),
      );
      expect(state.editor.save.status).toBe('success');
      expect(journalFeature.selectEditorDirty.projector(state.editor)).toBeFalse();
      expect(state.entries.lastSavedId).toBe('n1');
      expect(state.entries.entities['n1']).toEqual(entry);
    });

    it('ignores a second save while the first is running', () => {
      const typing = JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), text: 'Tired' } });
      const once = journalStateAfter(...opened, typing, JournalEditorActions.saveClicked());
      expect(journalFeature.reducer(once, JournalEditorActions.saveClicked())).toBe(once);
    });

    it('discards back to the stored entry', () => {
      const entry = journalEntry();
      const state = journalStateAfter(
        JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
        JournalDbActions.editorLoadSucceeded({ entry, draft: { ...emptyJournalDraft(), entryId: 'e1', text: 'more' }, restoredFrom: 't', draftKey: 'journal:e1:x' }),
        JournalEditorActions.discardClicked(),
      );
      expect(state.editor.draft?.text).toBe(entry.text);
      expect(state.editor.restoredFrom).toBeNull();
      const failed = journalFeature.reducer(state, JournalDbActions.draftDiscardFailed({ error: 'blocked' }));
      expect(failed.editor.discard).toEqual({ status: 'error', error: 'blocked' });
    });

    it('adds a new tag to the draft at once and takes it away if the check-in feature could not store it', () => {
      const tag = { id: 'new', name: 'Nights', archived: false };
      const added = journalStateAfter(...opened, JournalEditorActions.tagCreated({ tag }));
      expect(added.editor.draft?.tagIds).toEqual(['new']);
      const failed = journalFeature.reducer(added, TagsDbActions.saveFailed({ tagId: 'new', error: 'full' }));
      expect(failed.editor.draft?.tagIds).toEqual([]);
      expect(failed.editor.tagError).toBe('full');
    });

    it("ignores a failure to store a tag the draft does not carry (the Tags page's)", () => {
      const typed = journalStateAfter(...opened, JournalEditorActions.draftChanged({ draft: { ...emptyJournalDraft(), tagIds: ['icu'] } }));
      expect(journalFeature.reducer(typed, TagsDbActions.saveFailed({ tagId: 'other', error: 'full' }))).toBe(typed);
    });
  });

  describe('another tab', () => {
    const stored = journalEntry({ text: 'Night shift.' });
    const theirs = journalEntry({ text: 'Night shift.\nLine from A.', updatedAt: '2026-03-08T13:00:00.000Z' });
    const editing = [
      JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry: stored, draft: draftFromEntry(stored), restoredFrom: null, draftKey: 'journal:e1:x' }),
    ];
    const typed = JournalEditorActions.draftChanged({ draft: { ...draftFromEntry(stored), text: 'Night shift.\nLine from B.' } });
    const changed = JournalElsewhereActions.entriesChanged({ entries: [theirs], removedIds: [] });

    it('puts the entries it saved in the list and takes out those it deleted', () => {
      const state = journalStateAfter(
        JournalDbActions.loadSucceeded({ entries: [journalEntry({ id: 'a' }), journalEntry({ id: 'b' })] }),
        JournalElsewhereActions.entriesChanged({ entries: [journalEntry({ id: 'c', text: 'new' })], removedIds: ['a'] }),
      );
      expect(state.entries.ids).toEqual(['c', 'b']);
      const all = journalFeature.reducer(state, JournalElsewhereActions.allEntriesChanged({ entries: [journalEntry({ id: 'd' })] }));
      expect(all.entries.ids).toEqual(['d']);
      expect(all.entries.load.status).toBe('success');
    });

    it('shows its version in an editor with no unsaved edits, and saves over that one next', () => {
      const { editor } = journalStateAfter(...editing, changed);
      expect(editor.draft?.text).toBe(theirs.text);
      expect(editor.stored).toEqual(theirs);
      expect(editor.expected).toEqual(theirs);
      expect(editor.elsewhere).toEqual({ latest: theirs, keptMine: false });
      expect(journalFeature.selectEditorDirty.projector(editor)).toBeFalse();
    });

    it('keeps unsaved edits, says the entry changed, and still expects the version it opened', () => {
      const { editor } = journalStateAfter(...editing, typed, changed);
      expect(editor.draft?.text).toBe('Night shift.\nLine from B.');
      expect(editor.expected).toEqual(stored);
      expect(editor.elsewhere).toEqual({ latest: theirs, keptMine: true });
    });

    it('says when it deleted the entry open here, edits or not', () => {
      const deleted = JournalElsewhereActions.entriesChanged({ entries: [], removedIds: ['e1'] });
      expect(journalStateAfter(...editing, deleted).editor.elsewhere).toEqual({ latest: null, keptMine: false });
      expect(journalStateAfter(...editing, typed, JournalElsewhereActions.allEntriesChanged({ entries: [] })).editor.elsewhere).toEqual({
        latest: null,
        keptMine: false,
      });
    });

    it('leaves an editor of another entry, or of a new one, alone', () => {
      const other = JournalElsewhereActions.entriesChanged({ entries: [journalEntry({ id: 'e2' })], removedIds: ['e3'] });
      expect(journalStateAfter(...editing, other).editor).toEqual(journalStateAfter(...editing).editor);
      const created = [
        JournalEditorActions.opened({ entryId: null, promptId: null }),
        JournalDbActions.editorLoadSucceeded({ entry: null, draft: emptyJournalDraft(), restoredFrom: null, draftKey: 'journal:new:x' }),
      ];
      expect(journalStateAfter(...created, changed).editor).toEqual(journalStateAfter(...created).editor);
    });

    it('discarding edits goes to its latest version', () => {
      const { editor } = journalStateAfter(...editing, typed, changed, JournalEditorActions.discardClicked());
      expect(editor.draft?.text).toBe(theirs.text);
      expect(editor.expected).toEqual(theirs);
      expect(journalFeature.selectEditorDirty.projector(editor)).toBeFalse();
    });

    it('a save it got in ahead of asks what to keep, and shows its newest version meanwhile', () => {
      const newer = { ...theirs, text: 'newer still', updatedAt: '2026-03-08T13:30:00.000Z' };
      const conflicted = journalStateAfter(...editing, typed, JournalEditorActions.saveClicked(), JournalDbActions.entrySaveConflicted({ theirs }));
      expect(conflicted.editor.conflict).toEqual({ theirs });
      expect(conflicted.editor.save.status).toBe('idle');
      const later = journalFeature.reducer(conflicted, JournalElsewhereActions.entriesChanged({ entries: [newer], removedIds: [] }));
      expect(later.editor.conflict).toEqual({ theirs: newer });
      expect(later.editor.draft?.text).toBe('Night shift.\nLine from B.');
    });

    it('asks what to keep when a draft left behind was written over an older version', () => {
      const left = { ...draftFromEntry(stored), text: 'Night shift.\nLine from B.', savedAt: '2026-03-08T12:00:00.000Z' };
      const { editor } = journalStateAfter(
        JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
        JournalDbActions.editorLoadSucceeded({ entry: theirs, draft: left, restoredFrom: left.savedAt, draftKey: 'journal:e1:x' }),
      );
      expect(editor.conflict).toEqual({ theirs });
      expect(editor.draft?.text).toBe('Night shift.\nLine from B.');
    });

    it('saves only through the choice while one is pending', () => {
      const conflicted = journalStateAfter(...editing, typed, JournalEditorActions.saveClicked(), JournalDbActions.entrySaveConflicted({ theirs }));
      expect(journalFeature.reducer(conflicted, JournalEditorActions.saveClicked())).toBe(conflicted);
      const mine = journalFeature.reducer(conflicted, JournalEditorActions.saveConflictResolved({ keep: 'mine' })).editor;
      expect(mine.save.status).toBe('loading');
      expect(mine.draft?.basedOn).toBe(theirs.updatedAt);
    });

    it('Keep theirs opens their version and drops my edits; Keep both merges and saves', () => {
      const conflicted = [...editing, typed, JournalEditorActions.saveClicked(), JournalDbActions.entrySaveConflicted({ theirs })];
      const kept = journalStateAfter(...conflicted, JournalEditorActions.saveConflictResolved({ keep: 'theirs' })).editor;
      expect(kept.draft).toEqual(draftFromEntry(theirs));
      expect(kept.conflict).toBeNull();
      expect(kept.discard.status).toBe('loading');
      expect(journalFeature.selectEditorDirty.projector(kept)).toBeFalse();

      const both = journalStateAfter(...conflicted, JournalEditorActions.saveConflictResolved({ keep: 'both' })).editor;
      expect(both.draft?.text).toBe('Night shift.\nLine from A.\n\nNight shift.\nLine from B.');
      expect(both.save.status).toBe('loading');
      expect(both.expected).toEqual(theirs);
    });
  });

  describe('delete and undo', () => {
    it('removes the entry, offers it for undo, and puts it back', () => {
      const deleted = journalStateAfter(
        loaded,
        JournalEntryPageActions.deleteClicked({ entry: older }),
        JournalDbActions.entryDeleteSucceeded({ entry: older }),
      );
      expect(deleted.entries.ids).toEqual(['b']);
      expect(deleted.removal.deleted).toEqual(older);

      const restored = journalFeature.reducer(
        journalFeature.reducer(deleted, JournalPageActions.undoDeleteClicked({ entry: older })),
        JournalDbActions.entryRestoreSucceeded({ entry: older }),
      );
      expect(restored.entries.ids).toEqual(['b', 'a']);
      expect(restored.removal).toEqual({ status: { status: 'success', error: null }, deleted: null, restoredId: 'a', changedElsewhereId: null });
    });

    it('deletes nothing that another tab changed since it was shown: it shows that version and says so', () => {
      const changed = { ...older, text: 'changed there', updatedAt: '2026-03-09T08:00:00.000Z' };
      const state = journalStateAfter(
        loaded,
        JournalEntryPageActions.deleteClicked({ entry: older }),
        JournalDbActions.entryDeleteConflicted({ id: 'a', entry: changed }),
      );
      expect(state.entries.entities['a']).toEqual(changed);
      expect(state.removal).toEqual({ status: { status: 'idle', error: null }, deleted: null, restoredId: null, changedElsewhereId: 'a' });
      const gone = journalFeature.reducer(state, JournalDbActions.entryDeleteConflicted({ id: 'a', entry: null }));
      expect(gone.entries.ids).toEqual(['b']);
      expect(gone.removal.changedElsewhereId).toBeNull();
    });

    it('stops offering undo when the window closes', () => {
      const state = journalStateAfter(loaded, JournalDbActions.entryDeleteSucceeded({ entry: older }), JournalUndoActions.windowClosed());
      expect(state.removal.deleted).toBeNull();
    });
  });

  describe('Daylio import', () => {
    const preview = {
      checkIns: [],
      journalEntries: [journalEntry({ id: 'd1' })],
      newTags: [{ id: 'walk', name: 'walk', archived: false }],
      duplicateDays: [],
      duplicateEntries: 0,
      unknownMoods: [],
      issues: [],
    };

    it('previews, then adds what was imported to the journal', () => {
      const previewed = journalStateAfter(
        DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'csv' }),
        DaylioPreviewActions.succeeded({ preview }),
      );
      expect(journalFeature.selectDaylioCanImport.projector(previewed.daylio)).toBeTrue();
      const imported = journalFeature.reducer(
        previewed,
        DaylioImportDbActions.importSucceeded({ checkIns: preview.checkIns, tags: preview.newTags, entries: preview.journalEntries }),
      );
      expect(imported.entries.ids).toEqual(['d1']);
      expect(imported.daylio.imported).toEqual({ checkIns: 0, entries: 1, tags: 1 });
      expect(imported.daylio.preview).toBeNull();
    });

    it('holds how far the file has been read while the preview is made, and no longer', () => {
      const chosen = DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'csv' });
      expect(journalStateAfter(chosen).daylio.previewProgress).toBe(0);
      const reading = journalStateAfter(chosen, DaylioPreviewActions.progressed({ fraction: 0.3 }));
      expect(reading.daylio.previewProgress).toBe(0.3);
      expect(journalFeature.reducer(reading, DaylioPreviewActions.succeeded({ preview })).daylio.previewProgress).toBeNull();
      expect(journalFeature.reducer(reading, DaylioPreviewActions.failed({ error: 'x' })).daylio.previewProgress).toBeNull();
      const late = journalFeature.reducer(journalFeature.reducer(reading, DaylioPreviewActions.succeeded({ preview })), DaylioPreviewActions.progressed({ fraction: 0.9 }));
      expect(late.daylio.previewProgress).toBeNull();
    });

    it('keeps one error for a file that is not a Daylio export', () => {
      const state = journalStateAfter(
        DaylioImportActions.fileChosen({ fileName: 'x.csv', text: 'a,b' }),
        DaylioPreviewActions.rejected({ error: 'This file is not a Daylio export.' }),
      );
      expect(state.daylio.previewStatus).toEqual({ status: 'error', error: 'This file is not a Daylio export.' });
      expect(journalFeature.selectDaylioCanImport.projector(state.daylio)).toBeFalse();
    });

    it('has nothing to import when the preview is all duplicates', () => {
      const state = journalStateAfter(
        DaylioPreviewActions.succeeded({ preview: { ...preview, journalEntries: [], duplicateEntries: 1 } }),
      );
      expect(journalFeature.selectDaylioCanImport.projector(state.daylio)).toBeFalse();
    });
  });
});
