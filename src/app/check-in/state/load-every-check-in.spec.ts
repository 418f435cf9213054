import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInsDbActions } from './check-ins-db.actions';
import { checkInFeature } from './check-in.feature';
import { loadEveryCheckIn } from './load-every-check-in';

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
});
