import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Rating } from '../../check-in';
import { CheckInRepository } from '../../check-in/data/check-in-repository';
import { TagRepository } from '../../check-in/data/tag-repository';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { DaylioImportPreview, previewDaylioImport } from '../domain/daylio/daylio-import';
import { journalEntry } from '../testing/journal-fixtures';
import { DaylioImportStore } from './daylio-import-store';
import { JournalRepository } from './journal-repository';

const DAYLIO_CSV = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2026-03-02,March 2,Monday,21:14,good,work | friends,Good day,"Coffee with Sam, then home."',
  '2026-03-01,March 1,Sunday,08:30,meh,sleep,,',
  '2026-02-28,February 28,Saturday,9:00 PM,awful,work,,"Long shift<br>Lost a patient."',
].join('\n');
const TODAY = '2026-03-12';

describe('DaylioImportStore (real IndexedDB)', () => {
  let store: DaylioImportStore;
  let preview: DaylioImportPreview;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] });
    store = TestBed.inject(DaylioImportStore);
    let id = 0;
    const result = previewDaylioImport(DAYLIO_CSV, await store.existing(), { zone: 'Europe/Dublin', today: TODAY, newId: () => `id-${id++}` });
    if (!result.ok) throw new Error(result.error);
    preview = result.preview;
  });
  afterEach(() => dropTestDatabase());

  const counts = async () => ({
    checkIns: await TestBed.inject(CheckInRepository).count(),
    tags: await TestBed.inject(TagRepository).count(),
    entries: await TestBed.inject(JournalRepository).count(),
  });

  it('stores the check-ins, new tags and journal entries of a preview', async () => {
    expect([preview.checkIns.length, preview.newTags.length, preview.journalEntries.length]).toEqual([3, 3, 2]);
    await store.commit(preview);
    expect(await counts()).toEqual({ checkIns: 3, tags: 3, entries: 2 });
    const [entry] = (await TestBed.inject(JournalRepository).getAll()).filter((e) => e.text.startsWith('Long'));
    expect(entry.text).toBe('Long shift\nLost a patient.');
  });

  it('stores nothing at all when one record cannot be written', async () => {
    const broken = { ...preview.journalEntries[1], id: undefined } as unknown as DaylioImportPreview['journalEntries'][number];
    await expectAsync(store.commit({ ...preview, journalEntries: [preview.journalEntries[0], broken] })).toBeRejected();
    expect(await counts()).toEqual({ checkIns: 0, tags: 0, entries: 0 });
  });

  it('stores a file whose moods are named like properties of every object, once they are mapped', async () => {
    const text = [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2026-03-04,March 4,Wednesday,21:00,constructor,,,',
      '2026-03-03,March 3,Tuesday,21:00,__proto__,,,',
    ].join('\n');
    const unmapped = previewDaylioImport(text, await store.existing(), { zone: 'Europe/Dublin', today: TODAY });
    expect(unmapped.ok && unmapped.preview.unknownMoods).toEqual(['constructor', '__proto__']);
    expect(unmapped.ok && unmapped.preview.checkIns).toEqual([]);
    const customMoods = Object.fromEntries([['constructor', 4], ['__proto__', 2]]) as Record<string, Rating>;
    const mapped = previewDaylioImport(text, await store.existing(), { zone: 'Europe/Dublin', today: TODAY, customMoods });
    if (!mapped.ok) throw new Error(mapped.error);
    await store.commit(mapped.preview);
    expect(await counts()).toEqual({ checkIns: 2, tags: 0, entries: 0 });
  });

  it('reads what is already stored, so a second preview finds the duplicates', async () => {
    await store.commit(preview);
    await TestBed.inject(JournalRepository).put(journalEntry({ id: 'mine' }));
    const existing = await store.existing();
    expect([existing.checkIns.length, existing.journalEntries.length, existing.tags.length]).toEqual([3, 3, 3]);
    const again = previewDaylioImport(DAYLIO_CSV, existing, { zone: 'Europe/Dublin', today: TODAY });
    expect(again.ok && [again.preview.checkIns.length, again.preview.duplicateDays.length, again.preview.duplicateEntries]).toEqual([0, 3, 2]);
  });
});
