import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { emptyJournalDraft, JournalDraft } from '../domain/journal-draft';
import { journalEntry } from '../testing/journal-fixtures';
import { JournalDraftRepository } from './journal-draft-repository';
import { JournalPersistence } from './journal-persistence';
import { JournalRepository } from './journal-repository';

describe('JournalPersistence (real IndexedDB)', () => {
  let persistence: JournalPersistence;
  let drafts: JournalDraftRepository;
  let entries: JournalRepository;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] });
    persistence = TestBed.inject(JournalPersistence);
    drafts = TestBed.inject(JournalDraftRepository);
    entries = TestBed.inject(JournalRepository);
  });
  afterEach(() => dropTestDatabase());

  const draft = (overrides: Partial<JournalDraft> = {}): JournalDraft => ({
    ...emptyJournalDraft(),
    text: 'Half a sent',
    savedAt: '2026-03-08T14:02:00.000Z',
    ...overrides,
  });

  it('keeps a new entry’s draft under journal:new and an edit’s under journal:<id>', async () => {
    await persistence.saveDraft(draft());
    await persistence.saveDraft(draft({ entryId: 'e1', text: 'edited' }));
    expect((await drafts.get('journal:new'))?.text).toBe('Half a sent');
    expect((await drafts.get('journal:e1'))?.text).toBe('edited');
  });

  it('opens the editor with the entry and its draft', async () => {
    await entries.put(journalEntry());
    await persistence.saveDraft(draft({ entryId: 'e1', text: 'more' }));
    expect(await persistence.loadEditor('e1')).toEqual({ entry: journalEntry(), draft: draft({ entryId: 'e1', text: 'more' }) });
    expect(await persistence.loadEditor(null)).toEqual({ entry: null, draft: null });
  });

  it('saves the entry and deletes its draft in one transaction', async () => {
    await persistence.saveDraft(draft());
    await persistence.saveEntry(journalEntry({ id: 'n1' }), null);
    expect(await entries.get('n1')).toEqual(journalEntry({ id: 'n1' }));
    expect(await drafts.get('journal:new')).toBeUndefined();
  });

  it('stores nothing when the save fails, and the draft stays', async () => {
    await persistence.saveDraft(draft());
    const broken = { ...journalEntry(), id: undefined } as unknown as ReturnType<typeof journalEntry>;
    await expectAsync(persistence.saveEntry(broken, null)).toBeRejected();
    expect(await entries.count()).toBe(0);
    expect((await drafts.get('journal:new'))?.text).toBe('Half a sent');
  });

  it('writes in the order asked: an autosave queued before a save never outlives it', async () => {
    const autosave = persistence.saveDraft(draft({ text: 'late' }));
    const save = persistence.saveEntry(journalEntry({ id: 'n1' }), null);
    await Promise.all([autosave, save]);
    expect(await drafts.get('journal:new')).toBeUndefined();
  });

  it('saves and reads back a 100,000-character entry intact', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 97 === 0 ? '\n' : String.fromCharCode(97 + (i % 26)))).join('');
    await persistence.saveEntry(journalEntry({ id: 'long', text }), null);
    const [stored] = await persistence.loadEntries();
    expect(stored.text.length).toBe(100_000);
    expect(stored.text).toBe(text);
  });

  it('deletes an entry together with any draft of an edit to it, and restores it', async () => {
    await entries.put(journalEntry());
    await persistence.saveDraft(draft({ entryId: 'e1' }));
    await persistence.deleteEntry('e1');
    expect(await entries.get('e1')).toBeUndefined();
    expect(await drafts.get('journal:e1')).toBeUndefined();
    await persistence.restoreEntry(journalEntry());
    expect(await entries.get('e1')).toEqual(journalEntry());
  });

  it('discards a draft', async () => {
    await persistence.saveDraft(draft());
    await persistence.discardDraft(null);
    expect(await drafts.get('journal:new')).toBeUndefined();
  });

  it('keeps writing after a failed write', async () => {
    const broken = { ...journalEntry(), id: undefined } as unknown as ReturnType<typeof journalEntry>;
    await expectAsync(persistence.saveEntry(broken, null)).toBeRejected();
    await persistence.saveEntry(journalEntry(), null);
    expect(await entries.count()).toBe(1);
  });
});
