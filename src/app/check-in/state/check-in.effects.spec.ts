import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { CheckInPreferencesRepository } from '../data/check-in-preferences-repository';
import { CheckInRepository } from '../data/check-in-repository';
import { TagRepository } from '../data/tag-repository';
import { DEFAULT_CHECK_IN_PREFERENCES } from '../domain/check-in-preferences';
import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInEffects, OLDER_CHECK_INS_DELAY_MS } from './check-in.effects';
import { CheckInsDbActions } from './check-ins-db.actions';
import { fixedClock } from '../../core/clock/testing';

describe('CheckInEffects', () => {
  let actions$: Subject<Action>;
  let checkIns: jasmine.SpyObj<CheckInRepository>;
  let tags: jasmine.SpyObj<TagRepository>;
  let preferences: jasmine.SpyObj<CheckInPreferencesRepository>;
  // 02:30 in Chicago (CST, UTC−6) on the 29th: still the 28th's check-in day, which starts at 04:00.
  const now = '2026-11-29T08:30:00.000Z';
  const icu = { id: 't1', name: 'ICU', archived: false };

  beforeEach(() => {
    actions$ = new Subject();
    checkIns = jasmine.createSpyObj<CheckInRepository>('CheckInRepository', ['since', 'hasBefore', 'before']);
    tags = jasmine.createSpyObj<TagRepository>('TagRepository', ['getAll']);
    preferences = jasmine.createSpyObj<CheckInPreferencesRepository>('CheckInPreferencesRepository', ['load']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')], today: '2026-11-28' }) }),
        { provide: Clock, useValue: fixedClock(now, 'America/Chicago') },
        { provide: CheckInRepository, useValue: checkIns },
        { provide: TagRepository, useValue: tags },
        { provide: CheckInPreferencesRepository, useValue: preferences },
      ],
    });
  });

  it('asks for the stored check-ins as soon as it starts', () => {
    expect(TestBed.inject(CheckInEffects).ngrxOnInitEffects()).toEqual(CheckInsDbActions.loadRequested());
  });

  it("loads the last six weeks' check-ins, whether older ones are stored, tags and preferences together", async () => {
    checkIns.since.and.resolveTo([sampleCheckIn('2026-11-27')]);
    checkIns.hasBefore.and.resolveTo(true);
    tags.getAll.and.resolveTo([icu]);
    preferences.load.and.resolveTo(DEFAULT_CHECK_IN_PREFERENCES);
    const result = firstValueFrom(TestBed.inject(CheckInEffects).load$);
    actions$.next(CheckInsDbActions.loadRequested());
    expect(await result).toEqual(
      CheckInsDbActions.recentLoaded({
        // Six weeks and two days before the 29th, the UTC date: on or before six weeks before the
        // 28th, the check-in day at 02:30 in Chicago.
        since: '2026-10-16',
        checkIns: [sampleCheckIn('2026-11-27')],
        olderStored: true,
        tags: [icu],
        preferences: DEFAULT_CHECK_IN_PREFERENCES,
      }),
    );
    expect(checkIns.since).toHaveBeenCalledOnceWith('2026-10-16');
    expect(checkIns.hasBefore).toHaveBeenCalledOnceWith('2026-10-16');
  });

  describe('the older check-ins', () => {
    const older = [sampleCheckIn('2019-01-01')];
    const recent = { since: '2026-10-17', checkIns: [sampleCheckIn('2026-11-27')], tags: [], preferences: DEFAULT_CHECK_IN_PREFERENCES };
    const start = () => {
      checkIns.before.and.resolveTo(older);
      const emitted: Action[] = [];
      TestBed.inject(CheckInEffects).loadOlder$.subscribe((action) => emitted.push(action));
      return emitted;
    };
    const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it('are read once the app is quiet, after the delay, when no page asks for them', async () => {
      TestBed.overrideProvider(OLDER_CHECK_INS_DELAY_MS, { useValue: 30 });
      const emitted = start();
      actions$.next(CheckInsDbActions.recentLoaded({ ...recent, olderStored: false }));
      actions$.next(CheckInsDbActions.recentLoaded({ ...recent, olderStored: true }));
      await settle(10);
      expect(checkIns.before).not.toHaveBeenCalled();

      // "Quiet" is the delay and then an idle period, which a busy machine may give late.
      for (let waited = 0; waited < 3_000 && emitted.length === 0; waited += 50) await settle(50);
      expect(checkIns.before).toHaveBeenCalledOnceWith('2026-10-17');
      expect(emitted).toEqual([CheckInsDbActions.olderLoaded({ checkIns: older })]);
    });

    it('are read at once when a page that shows every check-in is open', async () => {
      TestBed.overrideProvider(OLDER_CHECK_INS_DELAY_MS, { useValue: 60_000 });
      const emitted = start();
      const store = TestBed.inject(MockStore);
      const state = rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')], today: '2026-11-28' });
      store.setState({ ...state, checkIn: { ...state.checkIn, olderNeeded: true } });
      actions$.next(CheckInsDbActions.recentLoaded({ ...recent, olderStored: true }));
      await settle(0);
      expect(checkIns.before).toHaveBeenCalledOnceWith('2026-10-17');
      expect(emitted).toEqual([CheckInsDbActions.olderLoaded({ checkIns: older })]);
    });
  });

  it('reports a failure to read the older check-ins', async () => {
    TestBed.overrideProvider(OLDER_CHECK_INS_DELAY_MS, { useValue: 0 });
    checkIns.before.and.rejectWith(new Error('The database is blocked'));
    const result = firstValueFrom(TestBed.inject(CheckInEffects).loadOlder$);
    actions$.next(
      CheckInsDbActions.recentLoaded({
        since: '2026-10-17',
        checkIns: [],
        olderStored: true,
        tags: [],
        preferences: DEFAULT_CHECK_IN_PREFERENCES,
      }),
    );
    expect(await result).toEqual(CheckInsDbActions.loadFailed({ error: 'The database is blocked' }));
  });

  it('reports a load failure instead of throwing', async () => {
    checkIns.since.and.rejectWith(new Error('The database is blocked'));
    checkIns.hasBefore.and.resolveTo(false);
    tags.getAll.and.resolveTo([]);
    preferences.load.and.resolveTo(DEFAULT_CHECK_IN_PREFERENCES);
    const result = firstValueFrom(TestBed.inject(CheckInEffects).load$);
    actions$.next(CheckInsDbActions.loadRequested());
    expect(await result).toEqual(CheckInsDbActions.loadFailed({ error: 'The database is blocked' }));
  });
});
