import { ApplicationRef, DOCUMENT, inject, Injectable } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, skip } from 'rxjs';

/**
 * After each navigation (not the first load, where the skip link should come first), moves focus
 * to the new page's main heading so that screen reader and keyboard users start where the page does.
 */
@Injectable({ providedIn: 'root' })
export class HeadingFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly appRef = inject(ApplicationRef);

  start(): void {
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
      )
      // whenStable: the new page has rendered, so its heading exists.
      .subscribe(() => void this.appRef.whenStable().then(() => this.focusHeading()));
  }

  private focusHeading(): void {
    const heading = this.document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
