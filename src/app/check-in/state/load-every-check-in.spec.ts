import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInsDbActions } from './check-ins-db.actions';
import { checkInFeature } from './check-in.feature';
import { loadEveryCheckIn, loadOlderCheckInsWhen } from './load-every-check-in';

describe('loadEveryCheckIn', () => {
  const recentOnly = rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')], recentSince: '2026-10-17' });

  it('asks for the older check-ins now and tells when every one is in', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideMockStore({ initialState: recentOnly })] });
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch').and.callThrough();

    const loaded = TestBed.runInInjectionContext(loadEveryCheckIn);
    expect(dispatch).toHaveBeenCalledOnceWith(CheckInsDbActions.olderNeeded());
    expect(loaded()).toBeFalse();

    store.setState({ ...recentOnly, checkIn: checkInFeature.reducer(recentOnly.checkIn, CheckInsDbActions.olderLoaded({ checkIns: [] })) });
    expect(loaded()).toBeTrue();
  });

  it('asks for the older check-ins once, when needed, and not once every check-in is in', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideMockStore({ initialState: recentOnly })] });
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const needed = signal(false);
    TestBed.runInInjectionContext(() => loadOlderCheckInsWhen(needed));
    TestBed.tick();
    expect(dispatch).not.toHaveBeenCalled();

    needed.set(true);
    TestBed.tick();
    expect(dispatch).toHaveBeenCalledOnceWith(CheckInsDbActions.olderNeeded());
    // Asked: the flag is set, so a redraw that asks again dispatches nothing more.
    store.setState({ ...recentOnly, checkIn: checkInFeature.reducer(recentOnly.checkIn, CheckInsDbActions.olderNeeded()) });
    needed.set(false);
    TestBed.tick();
    needed.set(true);
    TestBed.tick();
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing once every check-in is in', () => {
    const all = rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')] });
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideMockStore({ initialState: all })] });
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    TestBed.runInInjectionContext(() => loadOlderCheckInsWhen(() => true));
    TestBed.tick();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
