import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, take, toArray } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { settingsFeature } from '../../settings';
import { rootStateWith } from '../testing/check-in-state';
import { CheckInClockActions } from './check-in-clock.actions';
import { CHECK_IN_TICK_MS, CheckInClockEffects } from './check-in-clock.effects';
import { fixedClock } from '../../core/clock/testing';

describe('CheckInClockEffects', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInClockEffects,
        provideMockStore({ initialState: rootStateWith() }),
        { provide: CHECK_IN_TICK_MS, useValue: 5 },
        {
          provide: Clock,
          useValue: fixedClock('2026-11-29T08:30:00.000Z', 'America/Chicago'),
        },
      ],
    }),
  );

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('tells the state the shift-aware day and the local minute', async () => {
    // 02:30 is before the 04:00 start, so it is still the 28th's check-in day.
    expect(await firstValueFrom(TestBed.inject(CheckInClockEffects).tick$)).toEqual(
      CheckInClockActions.ticked({ today: '2026-11-28', minute: '2026-11-29T02:30' }),
    );
  });

  it('follows a change of the day start hour, and stays quiet while nothing changes', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(settingsFeature.selectDayStartHour, 4);
    const ticks = firstValueFrom(TestBed.inject(CheckInClockEffects).tick$.pipe(take(2), toArray()));
    await new Promise((resolve) => setTimeout(resolve, 30));
    store.overrideSelector(settingsFeature.selectDayStartHour, 2);
    store.refreshState();
    expect((await ticks).map((action) => action.today)).toEqual(['2026-11-28', '2026-11-29']);
  });
});
