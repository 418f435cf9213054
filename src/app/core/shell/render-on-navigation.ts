import { ApplicationRef, inject, Injectable } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * Draws the page a navigation lands on in the task that completes it. Zoneless change detection
 * would draw it in a later task, behind whatever the browser queued meanwhile: the first time a
 * tab runs a screen's code, that is writing the code's cache (6–7 ms for Trends on these
 * machines), and the page waited for it. Not on the first load, whose page is created a task
 * after its state on purpose (see `today.routes.ts`).
 */
@Injectable({ providedIn: 'root' })
export class RenderOnNavigation {
  private readonly router = inject(Router);
  private readonly appRef = inject(ApplicationRef);

  start(): void {
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd && e.id > 1)).subscribe(() => this.appRef.tick());
  }
}
