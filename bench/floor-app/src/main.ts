// The benchmark's floor for Tend's cold start: a bare Angular app with Tend's stack (zoneless,
// router, NgRx store, effects and entity, idb, the service worker) that opens the `tend` database
// and reads the same recent weeks of check-ins Today reads first, then draws how many it found.
import { ChangeDetectionStrategy, Component, inject, Injectable, isDevMode, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { Actions, createEffect, provideEffects, ROOT_EFFECTS_INIT, ofType } from '@ngrx/effects';
import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createAction, createFeature, createReducer, on, props, provideState, provideStore, Store } from '@ngrx/store';
import { openDB } from 'idb';
import { from, map, switchMap } from 'rxjs';

interface CheckIn {
  day: string;
  mood: number;
}

/** The days Tend's first read covers: six weeks and two days back from the UTC date. */
function firstReadDay(now: Date): string {
  return new Date(now.getTime() - 44 * 86_400_000).toISOString().slice(0, 10);
}

const loaded = createAction('[Floor] Check-ins Loaded', props<{ checkIns: CheckIn[] }>());
const adapter = createEntityAdapter<CheckIn>({ selectId: (c) => c.day });
const checkInsFeature = createFeature({
  name: 'checkIns',
  reducer: createReducer<EntityState<CheckIn> & { ready: boolean }>(
    { ...adapter.getInitialState(), ready: false },
    on(loaded, (state, { checkIns }) => ({ ...adapter.setAll(checkIns, state), ready: true })),
  ),
});

@Injectable()
class CheckInEffects {
  readonly load$ = createEffect(() =>
    inject(Actions).pipe(
      ofType(ROOT_EFFECTS_INIT),
      switchMap(() => from(readRecent())),
      map((checkIns) => loaded({ checkIns })),
    ),
  );
}

async function readRecent(): Promise<CheckIn[]> {
  const db = await openDB('tend', 1, { upgrade: (database) => void database.createObjectStore('checkins', { keyPath: 'k' }) });
  const records = await db.getAll('checkins', IDBKeyRange.lowerBound(firstReadDay(new Date())));
  db.close();
  return records.map((record: { v: CheckIn }) => record.v);
}

@Component({
  selector: 'floor-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-ready-at]': 'readyAt()' },
  template: `<main><h1>Floor</h1>@if (ready()) {<p>{{ count() }} check-ins in the recent weeks</p>}</main>`,
})
class FloorApp {
  private readonly store = inject(Store);
  protected readonly ready = this.store.selectSignal(checkInsFeature.selectReady);
  protected readonly count = this.store.selectSignal(checkInsFeature.selectIds);
  private readyTime: number | null = null;
  protected readyAt(): number | null {
    if (this.ready() && this.readyTime === null) this.readyTime = performance.now();
    return this.readyTime;
  }
}

bootstrapApplication(FloorApp, {
  providers: [
    provideZonelessChangeDetection(),
    provideRouter([]),
    provideStore(),
    provideState(checkInsFeature),
    provideEffects(CheckInEffects),
    provideServiceWorker('ngsw-worker.js', { enabled: !isDevMode(), registrationStrategy: 'registerWhenStable:30000' }),
  ],
}).catch((error) => console.error(error));
