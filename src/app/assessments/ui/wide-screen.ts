import { DestroyRef, inject, InjectionToken, Signal, signal } from '@angular/core';

/** Matches the shell's side-navigation breakpoint: wide screens show every question on one page. */
export const WIDE_SCREEN = '(min-width: 840px)';

/** `window.matchMedia`, replaceable in specs. */
export const MATCH_MEDIA = new InjectionToken<(query: string) => MediaQueryList | undefined>('MatchMedia', {
  providedIn: 'root',
  factory: () => (query) => globalThis.matchMedia?.(query),
});

/** Whether the viewport is wide, following changes until the calling component is destroyed. */
export function wideScreen(): Signal<boolean> {
  const query = inject(MATCH_MEDIA)(WIDE_SCREEN);
  const wide = signal(query?.matches ?? false);
  if (query) {
    const listener = (event: MediaQueryListEvent) => wide.set(event.matches);
    query.addEventListener('change', listener);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', listener));
  }
  return wide.asReadonly();
}
