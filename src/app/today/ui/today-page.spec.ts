import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom } from 'rxjs';
import { CheckInClockActions } from '../../check-in/state/check-in-clock.actions';
import { CheckInClockEffects } from '../../check-in/state/check-in-clock.effects';
import { checkInFeature, CheckInState } from '../../check-in/state/check-in.feature';
import { CheckInsDbActions } from '../../check-in/state/check-ins-db.actions';
import { Clock } from '../../core/clock/clock';
import { fixedClock } from '../../core/clock/testing';
import { settingsFeature } from '../../settings';
import { aCheckIn } from '../../trends/domain/check-in-fixture';
import { trendsRootState } from '../../trends/testing/trends-root-state';
import TodayPage, { TODAY_READY_MARK } from './today-page';

describe('TodayPage', () => {
  beforeEach(() => performance.clearMarks(TODAY_READY_MARK));

  const settings = settingsFeature.reducer(undefined, { type: '@@init' });

  async function open(state: object) {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: { ...state, settings } })],
    });
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(TodayPage);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement, store, dispatch };
  }

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('shows its cards all at once, when check-ins and assessments have been read', async () => {
    const loaded = trendsRootState({ today: '2026-03-31', checkIns: [aCheckIn('2026-03-31')] });
    const waiting = { ...loaded, assessments: { ...loaded.assessments, load: { status: 'loading' as const, error: null } } };
    const { fixture, host, store } = await open(waiting);
    expect(host.textContent).toContain('Loading…');
    expect(host.querySelectorAll('section').length).toBe(0);
    expect(host.getAttribute('data-state')).toBe('loading');

    store.setState({ ...loaded, settings });
    await fixture.whenStable();
    expect(host.textContent).not.toContain('Loading…');
    expect(host.textContent).toContain('Done for today.');
    expect(host.textContent).toContain('If today is too much');
    expect(host.getAttribute('data-state')).toBe('ready');
    // The benchmark's cold start: marked once, when Today has drawn with its data.
    expect(performance.getEntriesByName(TODAY_READY_MARK, 'mark').length).toBe(1);
  });

  it('is ready with the recent weeks, before the years of check-ins before them have been read', async () => {
    const loaded = trendsRootState({ today: '2026-03-31', checkIns: [aCheckIn('2026-03-30', { mood: 2 })] });
    const recentOnly = { ...loaded, checkIn: { ...loaded.checkIn, load: { status: 'loading' as const, error: null } } };
    const { host } = await open(recentOnly);
    expect(host.getAttribute('data-state')).toBe('ready');
    expect(host.textContent).toContain('Checked in on 1 of the last 7 days');
  });

  it('has the older check-ins read at once when a streak runs back past the recent weeks', async () => {
    const loaded = trendsRootState({ today: '2026-03-31', checkIns: [aCheckIn('2026-03-29'), aCheckIn('2026-03-30')] });
    const checkIn = { ...loaded.checkIn, load: { status: 'loading' as const, error: null }, recentSince: '2026-03-29' };
    const streakOn = { ...checkIn, preferences: { ...checkIn.preferences, showStreak: true } };
    const { host, dispatch } = await open({ ...loaded, checkIn: streakOn });
    expect(dispatch).toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    expect(host.getAttribute('data-state')).toBe('loading');

    TestBed.resetTestingModule();
    const streakOff = await open({ ...loaded, checkIn });
    expect(streakOff.dispatch).not.toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    expect(streakOff.host.getAttribute('data-state')).toBe('ready');
  });

  it('says so when check-ins cannot be read, and still offers help', async () => {
    const state = trendsRootState();
    const error = { status: 'error' as const, error: 'QuotaExceededError' };
    const failed = { ...state, checkIn: { ...state.checkIn, load: error, recentLoad: error } };
    const { host } = await open(failed);
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Your check-ins could not be read on this device: QuotaExceededError');
    expect(host.textContent).toContain('If today is too much');
  });

  describe('the day it shows', () => {
    // Tuesday 8 December 2026 in Chicago (CST, UTC−6); the check-in day starts at 04:00.
    const zone = 'America/Chicago';
    const dateLine = (host: HTMLElement) => host.querySelector('h1 + p')?.textContent?.trim();

    /** The state as the app's clock leaves it at `instant`: the check-in clock effect's first tick, reduced. */
    async function stateAt(instant: string, checkIns = [aCheckIn('2026-12-07')]) {
      TestBed.configureTestingModule({
        providers: [
          provideZonelessChangeDetection(),
          CheckInClockEffects,
          provideMockStore({ initialState: { settings } }),
          { provide: Clock, useValue: fixedClock(instant, zone) },
        ],
      });
      const tick = (await firstValueFrom(TestBed.inject(CheckInClockEffects).tick$)) as ReturnType<typeof CheckInClockActions.ticked>;
      TestBed.resetTestingModule();
      const state = trendsRootState({ today: tick.today, checkIns });
      return { ...state, checkIn: checkInFeature.reducer(state.checkIn as CheckInState, tick) };
    }

    it("names Monday's check-in day at 02:30 on Tuesday, and until when it lasts", async () => {
      const { host } = await open(await stateAt('2026-12-08T02:30:00-06:00'));
      expect(dateLine(host)).toBe('Check-in day: Monday, December 7 (until 04:00)');
      expect(host.textContent).toContain('Done for today.');
    });

    it('shows the date once the day has started, at 05:00', async () => {
      const { host } = await open(await stateAt('2026-12-08T05:00:00-06:00'));
      expect(dateLine(host)).toBe('Tuesday, December 8');
      expect(host.textContent).toContain('Check in');
    });
  });

  it("words the week's mood with its label and what it is an average of", async () => {
    // Monday 7 to Wednesday 9 December: moods {2, 2, 3} = 2.3, "Low".
    const checkIns = ['2026-12-07', '2026-12-08', '2026-12-09'].map((day, i) => aCheckIn(day, { mood: i === 2 ? 3 : 2 }));
    const { host } = await open(trendsRootState({ today: '2026-12-09', checkIns }));
    const week = host.querySelector('[aria-labelledby=today-week]')!;
    expect(week.textContent).toContain('Mood this week: Low (2.3 of 5), average of 3 check-ins.');
  });
});
