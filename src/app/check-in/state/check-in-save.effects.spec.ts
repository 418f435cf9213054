import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { firstValueFrom, Subject, take, toArray } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { fixedClock } from '../../core/clock/testing';
import { RecordChangedError } from '../../core/db/revision';
import { CheckInFormPersistence } from '../data/check-in-form-persistence';
import { CheckIn } from '../domain/check-in';
import { CheckInDraft, defaultCheckInDraft } from '../domain/check-in-draft';
import { sampleCheckIn } from '../testing/check-in-state';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInSaveEffects } from './check-in-save.effects';
import { CheckInsDbActions } from './check-ins-db.actions';

describe('CheckInSaveEffects', () => {
  let actions$: Subject<Action>;
  let persistence: jasmine.SpyObj<CheckInFormPersistence>;
  // 02:30 in Chicago (CST, UTC−6) on the 29th: still the 28th's check-in day, which starts at 04:00.
  const now = '2026-11-29T08:30:00.000Z';
  const draft: CheckInDraft = { ...defaultCheckInDraft(), mood: 4, energy: 2, stress: 3 };
  const icu = { id: 't1', name: 'ICU', archived: false };
  const opened = sampleCheckIn('2026-11-27');

  beforeEach(() => {
    actions$ = new Subject();
    persistence = jasmine.createSpyObj<CheckInFormPersistence>('CheckInFormPersistence', ['saveCheckIn', 'storedCheckIn']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInSaveEffects,
        provideMockActions(() => actions$),
        { provide: Clock, useValue: fixedClock(now, 'America/Chicago') },
        { provide: CheckInFormPersistence, useValue: persistence },
      ],
    });
  });

  it('saves a new check-in for the day shown, in this zone, with its new tags, checked against none stored', async () => {
    persistence.saveCheckIn.and.resolveTo();
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: { ...draft, tagIds: ['t1'] }, newTags: [icu], opened: null }));
    const action = await result;
    const saved: CheckIn = {
      day: '2026-11-28',
      zone: 'America/Chicago',
      mood: 4,
      energy: 2,
      stress: 3,
      sleepHours: null,
      sleepQuality: null,
      hoursWorked: null,
      shift: null,
      tagIds: ['t1'],
      note: '',
      createdAt: '2026-11-29T08:30:00.000Z',
      updatedAt: '2026-11-29T08:30:00.000Z',
    };
    expect(action).toEqual(CheckInsDbActions.saveSucceeded({ checkIn: saved, newTags: [icu] }));
    expect(persistence.saveCheckIn).toHaveBeenCalledOnceWith(saved, [icu], null);
  });

  it('edits the check-in the form opened on without moving it, checked against that one', async () => {
    persistence.saveCheckIn.and.resolveTo();
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft, newTags: [], opened }));
    const action = (await result) as ReturnType<typeof CheckInsDbActions.saveSucceeded>;
    expect(action.checkIn.day).toBe('2026-11-27');
    expect(action.checkIn.createdAt).toBe(opened.createdAt);
    expect(action.checkIn.updatedAt).toBe('2026-11-29T08:30:00.000Z');
    expect(action.checkIn.mood).toBe(4);
    expect(persistence.saveCheckIn).toHaveBeenCalledOnceWith(action.checkIn, [], opened);
  });

  it('checks a second quick save against what the first stored, not what the form opened on', async () => {
    persistence.saveCheckIn.and.resolveTo();
    const effects = TestBed.inject(CheckInSaveEffects);
    const results = firstValueFrom(effects.save$.pipe(take(2), toArray()));
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft, newTags: [], opened }));
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft: { ...draft, mood: 1 }, newTags: [], opened }));
    const [first, second] = (await results) as ReturnType<typeof CheckInsDbActions.saveSucceeded>[];
    expect(second.checkIn.mood).toBe(1);
    expect(persistence.saveCheckIn.calls.argsFor(1)[2]).toEqual(first.checkIn);
  });

  it("reads the other tab's check-in when the stored one changed since the form opened, and writes nothing", async () => {
    const theirs = sampleCheckIn('2026-11-27', { mood: 5, updatedAt: '2026-11-29T08:00:00.000Z' });
    persistence.saveCheckIn.and.rejectWith(new RecordChangedError('checkins', '2026-11-27'));
    persistence.storedCheckIn.and.resolveTo(theirs);
    const results = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$.pipe(take(2), toArray()));
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft, newTags: [], opened }));
    expect(await results).toEqual([
      CheckInsDbActions.changedElsewhere({ checkIns: [theirs], removedDays: [], tags: [] }),
      CheckInsDbActions.saveConflicted({ day: '2026-11-27', theirs }),
    ]);
    expect(persistence.storedCheckIn).toHaveBeenCalledOnceWith('2026-11-27');
  });

  it('says when the other tab deleted the check-in the form opened on', async () => {
    persistence.saveCheckIn.and.rejectWith(new RecordChangedError('checkins', '2026-11-27'));
    persistence.storedCheckIn.and.resolveTo(null);
    const results = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$.pipe(take(2), toArray()));
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft, newTags: [], opened }));
    expect(await results).toEqual([
      CheckInsDbActions.changedElsewhere({ checkIns: [], removedDays: ['2026-11-27'], tags: [] }),
      CheckInsDbActions.saveConflicted({ day: '2026-11-27', theirs: null }),
    ]);
  });

  it('refuses an invalid draft without writing anything', async () => {
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: { ...draft, mood: null }, newTags: [], opened: null }));
    expect(await result).toEqual(CheckInsDbActions.saveFailed({ error: 'Choose how your mood is, from 1 to 5.' }));
    expect(persistence.saveCheckIn).not.toHaveBeenCalled();
  });

  it('reports a failed write and keeps saving afterwards', async () => {
    const effects = TestBed.inject(CheckInSaveEffects);
    persistence.saveCheckIn.and.rejectWith(new Error('QuotaExceededError'));
    const first = firstValueFrom(effects.save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft, newTags: [], opened: null }));
    expect(await first).toEqual(CheckInsDbActions.saveFailed({ error: 'QuotaExceededError' }));
    persistence.saveCheckIn.and.resolveTo();
    const second = firstValueFrom(effects.save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft, newTags: [], opened: null }));
    expect((await second).type).toBe(CheckInsDbActions.saveSucceeded.type);
  });
});
