import { DOCUMENT, inject, Injectable } from '@angular/core';

export type ColorScheme = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'tend.colorScheme';

/**
 * Applies light, dark or the system's scheme. The choice is mirrored to localStorage (a
 * preference, not personal data) so the first paint after a reload already has it.
 */
@Injectable({ providedIn: 'root' })
export class Theme {
  private readonly root = inject(DOCUMENT).documentElement;

  restore(): void {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') this.apply(saved);
  }

  apply(scheme: ColorScheme): void {
    if (scheme === 'system') {
      this.root.removeAttribute('data-color-scheme');
      localStorage.removeItem(STORAGE_KEY);
    } else {
      this.root.setAttribute('data-color-scheme', scheme);
      localStorage.setItem(STORAGE_KEY, scheme);
    }
  }
}
