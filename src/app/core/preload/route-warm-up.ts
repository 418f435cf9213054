import { DestroyRef, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { whenIdle } from '../../shared/scheduling/when-idle';
import { firstSegment, warmUpLink, warmUpRoutes } from './warm-up-routes';

/** A performance measure, for the benchmark and DevTools, of loading the routes nobody opened yet. */
export const WARM_UP_MEASURE = 'tend:route-warm-up';
const WARM_UP_STARTED_MARK = `${WARM_UP_MEASURE}:start`;

/** How long after start-up the first screen is left alone before other routes' code loads. */
const SETTLE_MS = 1500;
/** Load anyway after this long, even if the browser never reports itself idle. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Once the first screen has settled and the browser is idle, loads the code of the routes marked
 * `data: { preload: true }` (the phone's bottom bar: Check-in, Journal, Assess), so opening one
 * later does not first fetch and compile it; and the code behind a link about to be followed.
 * Not the router's preloading: that would also create the routes' injectors, and with them start
 * their effects, which read the database.
 */
@Injectable({ providedIn: 'root' })
export class RouteWarmUp {
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly linksWarmed = new Set<string>();

  start(): void {
    if (saveData()) return;
    let cancelIdle: (() => void) | undefined;
    const settle = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        performance.mark(WARM_UP_STARTED_MARK);
        void warmUpRoutes(this.router.config).then(() => performance.measure(WARM_UP_MEASURE, WARM_UP_STARTED_MARK));
      }, IDLE_TIMEOUT_MS);
    }, SETTLE_MS);
    this.destroyRef.onDestroy(() => {
      clearTimeout(settle);
      cancelIdle?.();
    });
  }

  /**
   * Loads the code behind a link the person is about to follow (pointing at it, focusing it,
   * pressing it), so that the screen is already on its way when the click comes. Each route once.
   */
  warmUpLink(url: string): void {
    const route = firstSegment(url);
    if (saveData() || this.linksWarmed.has(route)) return;
    this.linksWarmed.add(route);
    void warmUpLink(this.router.config, url);
  }
}

function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
