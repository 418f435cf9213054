import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { fixedClock } from '../../core/clock/testing';
import { CheckInRepository } from '../data/check-in-repository';
import { CheckIn } from '../domain/check-in';
import { CheckInDraft, defaultCheckInDraft } from '../domain/check-in-draft';
import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInSaveEffects } from './check-in-save.effects';
import { CheckInsDbActions } from './check-ins-db.actions';

describe('CheckInSaveEffects', () => {
  let actions$: Subject<Action>;
  let checkIns: jasmine.SpyObj<CheckInRepository>;
  // 02:30 in Chicago (CST, UTC−6) on the 29th: still the 28th's check-in day, which starts at 04:00.
  const now = '2026-11-29T08:30:00.000Z';
  const draft: CheckInDraft = { ...defaultCheckInDraft(), mood: 4, energy: 2, stress: 3 };
  const icu = { id: 't1', name: 'ICU', archived: false };

  beforeEach(() => {
    actions$ = new Subject();
    checkIns = jasmine.createSpyObj<CheckInRepository>('CheckInRepository', ['saveWithNewTags']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInSaveEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')], today: '2026-11-28' }) }),
        { provide: Clock, useValue: fixedClock(now, 'America/Chicago') },
        { provide: CheckInRepository, useValue: checkIns },
      ],
    });
  });

  it('saves a new check-in for the day shown, in this zone, with its new tags in one call', async () => {
    checkIns.saveWithNewTags.and.resolveTo();
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: { ...draft, tagIds: ['t1'] }, newTags: [icu] }));
    const action = await result;
    const saved: CheckIn = {
      day: '2026-11-28',
      zone: 'America/Chicago',
      mood: 4,
      energy: 2,
      stress: 3,
      sleepHours: 7,
      sleepQuality: 3,
      hoursWorked: 8,
      shift: 'day',
      tagIds: ['t1'],
      note: '',
      createdAt: '2026-11-29T08:30:00.000Z',
      updatedAt: '2026-11-29T08:30:00.000Z',
    };
    expect(action).toEqual(CheckInsDbActions.saveSucceeded({ checkIn: saved, newTags: [icu] }));
    expect(checkIns.saveWithNewTags).toHaveBeenCalledOnceWith(jasmine.objectContaining({ day: '2026-11-28', zone: 'America/Chicago' }), [icu]);
  });

  it('edits an existing day without moving it or changing when it was made', async () => {
    checkIns.saveWithNewTags.and.resolveTo();
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-27', draft, newTags: [] }));
    const action = (await result) as ReturnType<typeof CheckInsDbActions.saveSucceeded>;
    expect(action.checkIn.day).toBe('2026-11-27');
    expect(action.checkIn.createdAt).toBe(sampleCheckIn('2026-11-27').createdAt);
    expect(action.checkIn.updatedAt).toBe('2026-11-29T08:30:00.000Z');
    expect(action.checkIn.mood).toBe(4);
  });

  it('refuses an invalid draft without writing anything', async () => {
    const result = firstValueFrom(TestBed.inject(CheckInSaveEffects).save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: { ...draft, mood: null }, newTags: [] }));
    expect(await result).toEqual(CheckInsDbActions.saveFailed({ error: 'Choose how your mood is, from 1 to 5.' }));
    expect(checkIns.saveWithNewTags).not.toHaveBeenCalled();
  });

  it('reports a failed write and keeps saving afterwards', async () => {
    const effects = TestBed.inject(CheckInSaveEffects);
    checkIns.saveWithNewTags.and.rejectWith(new Error('QuotaExceededError'));
    const first = firstValueFrom(effects.save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft, newTags: [] }));
    expect(await first).toEqual(CheckInsDbActions.saveFailed({ error: 'QuotaExceededError' }));
    checkIns.saveWithNewTags.and.resolveTo();
    const second = firstValueFrom(effects.save$);
    actions$.next(CheckInPageActions.formSubmitted({ day: '2026-11-28', draft, newTags: [] }));
    expect((await second).type).toBe(CheckInsDbActions.saveSucceeded.type);
  });
});
