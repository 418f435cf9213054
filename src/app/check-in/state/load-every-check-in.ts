import { effect, inject, Signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { CheckInsDbActions } from './check-ins-db.actions';
import { checkInFeature } from './check-in.feature';

/**
 * For a page that shows every check-in (history, print, tags): has the years before the
 * recent weeks read now, instead of once the app is quiet, and tells when every check-in is in.
 * Call in an injection context.
 */
export function loadEveryCheckIn(): Signal<boolean> {
  const store = inject(Store);
  store.dispatch(CheckInsDbActions.olderNeeded());
  return store.selectSignal(checkInFeature.selectIsLoaded);
}

/**
 * For a page that needs the older check-ins only sometimes (a past day's form, a long trend range,
 * a streak longer than the recent weeks): has them read as soon as `needsOlder()` is true. Call in
 * an injection context.
 */
export function loadOlderCheckInsWhen(needsOlder: () => boolean): void {
  const store = inject(Store);
  // Asked once: not again on every redraw, nor once every check-in is in.
  const asked = store.selectSignal(checkInFeature.selectOlderNeeded);
  const allRead = store.selectSignal(checkInFeature.selectLoad);
  effect(() => {
    if (!asked() && allRead().status !== 'success' && needsOlder()) store.dispatch(CheckInsDbActions.olderNeeded());
  });
}
