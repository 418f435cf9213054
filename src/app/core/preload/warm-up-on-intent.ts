import { Directive, inject } from '@angular/core';
import { RouteWarmUp } from './route-warm-up';

/**
 * On a container of links: pointing at a link, focusing it or pressing it starts loading the code
 * of the screen it leads to, in the moment before the click. Trends' chart code, which is loaded
 * nowhere else before Trends opens, is the main beneficiary.
 */
@Directive({
  selector: '[tendWarmUpOnIntent]',
  host: {
    '(pointerover)': 'intent($event)',
    '(focusin)': 'intent($event)',
    '(pointerdown)': 'intent($event)',
  },
})
export class WarmUpOnIntent {
  private readonly warmUp = inject(RouteWarmUp);

  protected intent(event: Event): void {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const href = link?.getAttribute('href');
    if (href?.startsWith('/')) this.warmUp.warmUpLink(href);
  }
}
