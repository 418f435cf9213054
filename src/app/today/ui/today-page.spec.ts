import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { CheckInsDbActions } from '../../check-in/state/check-ins-db.actions';
import { settingsFeature } from '../../settings';
import { aCheckIn } from '../../trends/domain/check-in-fixture';
import { trendsRootState } from '../../trends/testing/trends-root-state';
import TodayPage from './today-page';

describe('TodayPage', () => {
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
});
