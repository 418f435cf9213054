import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { isRecordChanged } from '../../core/db/revision';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { emptyJournalDraft, JournalDraft } from '../domain/journal-draft';
import { journalEntry } from '../testing/journal-fixtures';
import { LOCK_MANAGER } from './draft-locks';
import { JournalDraftRepository } from './journal-draft-repository';
import { EditorRecords, JournalPersistence } from './journal-persistence';
import { JournalRepository } from './journal-repository';

interface OpenEditor {
  records: EditorRecords;
  close(): Promise<void>;
}

function specs(locks: 'web locks' | 'no web locks') {
  describe(`JournalPersistence (real IndexedDB, ${locks})`, () => {
    let persistence: JournalPersistence;
    let drafts: JournalDraftRepository;
    let entries: JournalRepository;
    let open: OpenEditor[];

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideZonelessChangeDetection(),
          provideTestDatabase(),
          ...(locks === 'web locks' ? [] : [{ provide: LOCK_MANAGER, useValue: null }]),
        ],
      });
      persistence = TestBed.inject(JournalPersistence);
      drafts = TestBed.inject(JournalDraftRepository);
      entries = TestBed.inject(JournalRepository);
      open = [];
    });
    afterEach(async () => {
      await Promise.all(open.map((editor) => editor.close()));
      await dropTestDatabase();
    });

    const draft = (overrides: Partial<JournalDraft> = {}): JournalDraft => ({
      ...emptyJournalDraft(),
      text: 'Half a sent',
      savedAt: '2026-03-08T14:02:00.000Z',
      ...overrides,
    });

    /** An editor stays open, holding its draft key, until closed. */
    function openEditor(entryId: string | null): Promise<OpenEditor> {
      return new Promise((resolve, reject) => {
        const subscription = persistence.openEditor(entryId).subscribe({
          next: (records) => {
            const editor: OpenEditor = {
              records,
              close: async () => {
                subscription.unsubscribe();
                await new Promise((done) => setTimeout(done, 20));
              },
            };
            open.push(editor);
            resolve(editor);
          },
          error: reject,
        });
      });
    }

    const storedKeys = async () => (await drafts.keys()).sort();

    it('gives every editor a draft key of its own, so two new entries never write over each other', async () => {
      const a = await openEditor(null);
      const b = await openEditor(null);
      const edit = await openEditor('e1');
      expect(a.records.draftKey).toMatch(/^journal:new:[\w-]+$/);
      expect(edit.records.draftKey).toMatch(/^journal:e1:[\w-]+$/);
      expect(b.records.draftKey).not.toBe(a.records.draftKey);
      await persistence.saveDraft(a.records.draftKey, draft({ text: 'Words from A' }));
      await persistence.saveDraft(b.records.draftKey, draft({ text: 'Words from B' }));
      expect((await drafts.get(a.records.draftKey))?.text).toBe('Words from A');
      expect((await drafts.get(b.records.draftKey))?.text).toBe('Words from B');
    });

    it('opens an edit with the entry, and says when the entry is not there', async () => {
      await entries.put(journalEntry());
      expect((await openEditor('e1')).records).toEqual(jasmine.objectContaining({ entry: journalEntry(), draft: null }));
      expect((await openEditor('gone')).records.entry).toBeNull();
    });

    it('takes over a draft left by an editor that closed, and never one an open editor holds', async () => {
      const a = await openEditor(null);
      await persistence.saveDraft(a.records.draftKey, draft({ text: 'Words from A' }));
      expect((await openEditor(null)).records.draft).toBeNull();

      await a.close();
      const c = await openEditor(null);
      expect(c.records.draft).toEqual(draft({ text: 'Words from A' }));
      expect(await storedKeys()).toEqual([c.records.draftKey]);
      expect((await drafts.get(c.records.draftKey))?.text).toBe('Words from A');
    });

    it('takes the newest left-behind draft first, and gives each one to one editor only', async () => {
      await drafts.put({ ...draft({ text: 'older', savedAt: '2026-03-08T10:00:00.000Z' }), key: 'journal:new:gone-1' });
      await drafts.put({ ...draft({ text: 'newer', savedAt: '2026-03-08T11:00:00.000Z' }), key: 'journal:new:gone-2' });
      const [first, second, third] = await Promise.all([openEditor(null), openEditor(null), openEditor(null)]);
      expect(first.records.draft?.text).toBe('newer');
      expect(second.records.draft?.text).toBe('older');
      expect(third.records.draft).toBeNull();
    });

    it('takes over a draft kept before each editor had its own key (journal:new, journal:<id>)', async () => {
      await entries.put(journalEntry());
      await drafts.put({ ...draft({ text: 'from before' }), key: 'journal:new' });
      await drafts.put({ ...draft({ entryId: 'e1', text: 'an old edit' }), key: 'journal:e1' });
      const created = await openEditor(null);
      const edit = await openEditor('e1');
      expect(created.records.draft?.text).toBe('from before');
      expect(edit.records.draft?.text).toBe('an old edit');
      expect(await storedKeys()).toEqual([created.records.draftKey, edit.records.draftKey].sort());
    });

    it('takes no draft of another entry, even one whose id starts the same', async () => {
      await drafts.put({ ...draft({ entryId: 'e10', text: 'of e10' }), key: 'journal:e10:x' });
      await drafts.put({ ...draft({ entryId: 'e1', text: 'of e1' }), key: 'journal:e1:y' });
      expect((await openEditor('e1')).records.draft?.text).toBe('of e1');
      expect((await openEditor(null)).records.draft).toBeNull();
    });

    it('saves the entry and deletes the editor’s draft in one transaction', async () => {
      const editor = await openEditor(null);
      await persistence.saveDraft(editor.records.draftKey, draft());
      await persistence.saveEntry(journalEntry({ id: 'n1' }), editor.records.draftKey, null);
      expect(await entries.get('n1')).toEqual(journalEntry({ id: 'n1' }));
      expect(await drafts.get(editor.records.draftKey)).toBeUndefined();
    });

    it('refuses a save over a version another tab saved meanwhile: nothing written, the draft kept', async () => {
      const opened = journalEntry({ text: 'Night shift.' });
      const theirs = journalEntry({ text: 'Night shift.\nLine from A.', updatedAt: '2026-03-08T08:00:00.000Z' });
      const mine = journalEntry({ text: 'Night shift.\nLine from B.', updatedAt: '2026-03-08T08:05:00.000Z' });
      await entries.put(opened);
      await persistence.saveEntry(theirs, 'journal:e1:a', opened);
      await persistence.saveDraft('journal:e1:b', draft({ entryId: 'e1', text: mine.text }));

      const error = await persistence.saveEntry(mine, 'journal:e1:b', opened).then(() => null, (e: unknown) => e);
      expect(isRecordChanged(error)).toBeTrue();
      expect(await entries.get('e1')).toEqual(theirs);
      expect((await drafts.get('journal:e1:b'))?.text).toBe(mine.text);

      await persistence.saveEntry(mine, 'journal:e1:b', theirs);
      expect(await entries.get('e1')).toEqual(mine);
      expect(await drafts.get('journal:e1:b')).toBeUndefined();
    });

    it('refuses to save an entry over nothing once another tab deleted it, unless asked to put it back', async () => {
      await entries.put(journalEntry());
      await persistence.deleteEntry(journalEntry());
      const edited = journalEntry({ text: 'edited', updatedAt: '2026-03-08T09:00:00.000Z' });
      await expectAsync(persistence.saveEntry(edited, 'journal:e1:b', journalEntry())).toBeRejectedWith(jasmine.any(Error));
      expect(await entries.get('e1')).toBeUndefined();
      await persistence.saveEntry(edited, 'journal:e1:b', null);
      expect(await entries.get('e1')).toEqual(edited);
    });

    it('stores nothing when the save fails, and the draft stays', async () => {
      await persistence.saveDraft('journal:new:a', draft());
      const broken = { ...journalEntry(), id: undefined } as unknown as ReturnType<typeof journalEntry>;
      await expectAsync(persistence.saveEntry(broken, 'journal:new:a', null)).toBeRejected();
      expect(await entries.count()).toBe(0);
      expect((await drafts.get('journal:new:a'))?.text).toBe('Half a sent');
    });

    it('writes in the order asked: an autosave queued before a save never outlives it', async () => {
      const autosave = persistence.saveDraft('journal:new:a', draft({ text: 'late' }));
      const save = persistence.saveEntry(journalEntry({ id: 'n1' }), 'journal:new:a', null);
      await Promise.all([autosave, save]);
      expect(await drafts.get('journal:new:a')).toBeUndefined();
    });

    it('saves and reads back a 100,000-character entry intact', async () => {
      const text = Array.from({ length: 100_000 }, (_, i) => (i % 97 === 0 ? '\n' : String.fromCharCode(97 + (i % 26)))).join('');
      await persistence.saveEntry(journalEntry({ id: 'long', text }), 'journal:new:a', null);
      const [stored] = await persistence.loadEntries();
      expect(stored.text.length).toBe(100_000);
      expect(stored.text).toBe(text);
    });

    it('deletes an entry with the drafts of edits nobody holds, keeps an open editor’s, and restores it', async () => {
      await entries.put(journalEntry());
      const editor = await openEditor('e1');
      await persistence.saveDraft(editor.records.draftKey, draft({ entryId: 'e1' }));
      await drafts.put({ ...draft({ entryId: 'e1' }), key: 'journal:e1:gone' });
      await drafts.put({ ...draft({ entryId: 'e1' }), key: 'journal:e1' });
      await persistence.deleteEntry(journalEntry());
      expect(await entries.get('e1')).toBeUndefined();
      expect(await storedKeys()).toEqual([editor.records.draftKey]);
      await persistence.restoreEntry(journalEntry());
      expect(await entries.get('e1')).toEqual(journalEntry());
    });

    it('deletes nothing when another tab changed the entry since it was shown', async () => {
      const shown = journalEntry();
      const theirs = journalEntry({ text: 'changed there', updatedAt: '2026-03-08T09:00:00.000Z' });
      await entries.put(theirs);
      const error = await persistence.deleteEntry(shown).then(() => null, (e: unknown) => e);
      expect(isRecordChanged(error)).toBeTrue();
      expect(await persistence.loadEntry('e1')).toEqual(theirs);
    });

    it('reads again the entries another tab wrote, and says which are gone', async () => {
      await entries.put(journalEntry({ id: 'e1' }));
      expect(await persistence.rereadEntries(['e1', 'e2'])).toEqual({ entries: [journalEntry({ id: 'e1' })], removedIds: ['e2'] });
    });

    it('discards a draft', async () => {
      await persistence.saveDraft('journal:new:a', draft());
      await persistence.discardDraft('journal:new:a');
      expect(await drafts.get('journal:new:a')).toBeUndefined();
    });

    it('keeps writing after a failed write', async () => {
      const broken = { ...journalEntry(), id: undefined } as unknown as ReturnType<typeof journalEntry>;
      await expectAsync(persistence.saveEntry(broken, 'journal:new:a', null)).toBeRejected();
      await persistence.saveEntry(journalEntry(), 'journal:new:a', null);
      expect(await entries.count()).toBe(1);
    });
  });
}

specs('web locks');
specs('no web locks');
