import { ApplicationRef, DOCUMENT, inject, Injectable } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

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
        // The initial navigation has id 1; a click that overtakes it still gets focus moved.
        filter((e) => e instanceof NavigationEnd && e.id > 1),
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
