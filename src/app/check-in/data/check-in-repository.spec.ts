import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { TendDatabase } from '../../core/db/tend-database';
import { CheckIn } from '../domain/check-in';
import { isRecordChanged, RecordChangedError } from '../../core/db/revision';
import { draftFromCheckIn } from '../domain/check-in-draft';
import { CheckInDraftRepository } from './check-in-draft-repository';
import { CheckInRepository } from './check-in-repository';
import { TagRepository } from './tag-repository';

const checkIn = (day: string, mood: CheckIn['mood']): CheckIn => ({
  day,
  zone: 'America/Chicago',
  mood,
  energy: 3,
  stress: 2,
  sleepHours: 6.5,
  sleepQuality: 3,
  hoursWorked: 12,
  shift: 'night',
  tagIds: ['t1'],
  note: '',
  createdAt: `${day}T23:00:00.000Z`,
  updatedAt: `${day}T23:00:00.000Z`,
});

describe('CheckInRepository and TagRepository (real IndexedDB)', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }));
  afterEach(() => dropTestDatabase());

  it('keeps one check-in per day: saving the same day again replaces it', async () => {
    const repository = TestBed.inject(CheckInRepository);
    await repository.put(checkIn('2026-11-28', 2));
    await repository.put(checkIn('2026-11-28', 4));
    await repository.put(checkIn('2026-11-29', 3));
    expect((await repository.getAll()).map((c) => [c.day, c.mood])).toEqual([
      ['2026-11-28', 4],
      ['2026-11-29', 3],
    ]);
  });

  it('reads recent days, the days before them in batches, and whether any are older', async () => {
    const repository = TestBed.inject(CheckInRepository);
    const days = ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
    await repository.putMany(days.map((day, i) => checkIn(day, ((i % 5) + 1) as CheckIn['mood'])));

    expect((await repository.since('2026-11-03')).map((c) => c.day)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
    // Batches of two: 30, 31 | 1, 2 | nothing left before the 3rd.
    const older = await repository.before('2026-11-03', 2);
    expect(older.map((c) => [c.day, c.mood])).toEqual([
      ['2026-10-30', 1],
      ['2026-10-31', 2],
      ['2026-11-01', 3],
      ['2026-11-02', 4],
    ]);
    expect((await repository.before('2026-11-03', 3)).map((c) => c.day)).toEqual(days.slice(0, 4));
    expect(await repository.before('2026-10-30')).toEqual([]);
    expect(await repository.hasBefore('2026-10-30')).toBeFalse();
    expect(await repository.hasBefore('2026-10-31')).toBeTrue();
  });

  it('saves a check-in and a new tag together in one transaction', async () => {
    const checkIns = TestBed.inject(CheckInRepository);
    const tags = TestBed.inject(TagRepository);
    await TestBed.inject(TendDatabase).commit([
      await tags.putOp({ id: 't1', name: 'ICU', archived: false }),
      await checkIns.putOp(checkIn('2026-11-29', 3)),
    ]);
    expect(await tags.get('t1')).toEqual({ id: 't1', name: 'ICU', archived: false });
    expect((await checkIns.get('2026-11-29'))?.tagIds).toEqual(['t1']);
  });

  it('saves a check-in with its new tags, and a failed check-in write keeps the tags out too', async () => {
    const checkIns = TestBed.inject(CheckInRepository);
    const tags = TestBed.inject(TagRepository);
    await checkIns.saveWithNewTags(checkIn('2026-11-30', 5), [{ id: 't1', name: 'ICU', archived: false }], null);
    expect(await tags.getAll()).toEqual([{ id: 't1', name: 'ICU', archived: false }]);
    expect((await checkIns.get('2026-11-30'))?.mood).toBe(5);

    // A record without its key fails inside the transaction, after the tag's write was queued.
    const broken = { ...checkIn('2026-12-01', 2), day: undefined } as unknown as CheckIn;
    await expectAsync(checkIns.saveWithNewTags(broken, [{ id: 't2', name: 'Nights', archived: false }], null)).toBeRejected();
    expect(await tags.get('t2')).toBeUndefined();
    expect(await checkIns.count()).toBe(1);
  });

  describe('a save from the form', () => {
    const opened = checkIn('2026-12-07', 3);
    const theirs = { ...opened, mood: 5 as const, updatedAt: '2026-12-08T01:00:00.000Z' };
    const mine = { ...opened, note: 'Rough handover.', updatedAt: '2026-12-08T01:05:00.000Z' };
    const nights = { id: 't9', name: 'Nights', archived: false };

    it('writes over the check-in its form opened on, with its new tags', async () => {
      const checkIns = TestBed.inject(CheckInRepository);
      await checkIns.put(opened);
      await checkIns.saveWithNewTags({ ...mine, tagIds: ['t9'] }, [nights], opened);
      expect(await checkIns.get('2026-12-07')).toEqual({ ...mine, tagIds: ['t9'] });
      expect(await TestBed.inject(TagRepository).get('t9')).toEqual(nights);
    });

    it("refuses to write over another tab's check-in saved since the form opened, and writes none of its tags", async () => {
      const checkIns = TestBed.inject(CheckInRepository);
      await checkIns.put(opened);
      await checkIns.put(theirs);
      const error = await checkIns.saveWithNewTags({ ...mine, tagIds: ['t9'] }, [nights], opened).then(() => null, (e: unknown) => e);
      expect(isRecordChanged(error)).toBeTrue();
      expect(await checkIns.get('2026-12-07')).toEqual(theirs);
      expect(await TestBed.inject(TagRepository).get('t9')).toBeUndefined();
    });

    it('refuses to create a check-in another tab made for the day meanwhile', async () => {
      const checkIns = TestBed.inject(CheckInRepository);
      await checkIns.put(theirs);
      await expectAsync(checkIns.saveWithNewTags(mine, [], null)).toBeRejectedWith(jasmine.any(RecordChangedError));
      expect(await checkIns.get('2026-12-07')).toEqual(theirs);
    });

    it('saves over theirs once checked against theirs ("Keep mine"), and deletes the draft with it', async () => {
      const checkIns = TestBed.inject(CheckInRepository);
      const drafts = TestBed.inject(CheckInDraftRepository);
      await checkIns.put(theirs);
      await drafts.put({ day: '2026-12-07', draft: { ...draftFromCheckIn(opened), note: 'Rough handover.' }, newTags: [], opened, savedAt: mine.updatedAt });
      await checkIns.saveWithNewTags(mine, [], theirs, [drafts.discardOp('2026-12-07')]);
      expect(await checkIns.get('2026-12-07')).toEqual(mine);
      expect(await drafts.load('2026-12-07')).toBeNull();
    });

    it('keeps the draft when the save is refused', async () => {
      const checkIns = TestBed.inject(CheckInRepository);
      const drafts = TestBed.inject(CheckInDraftRepository);
      const draft = { day: '2026-12-07', draft: draftFromCheckIn(mine), newTags: [nights], opened, savedAt: mine.updatedAt };
      await checkIns.put(theirs);
      await drafts.put(draft);
      await expectAsync(checkIns.saveWithNewTags(mine, [], opened, [drafts.discardOp('2026-12-07')])).toBeRejected();
      expect(await drafts.load('2026-12-07')).toEqual(draft);
      expect(await drafts.load('2026-12-08')).toBeNull();
    });
  });
});
