import { DestroyRef, DOCUMENT, inject, Injectable, signal } from '@angular/core';

/** Resolved colours for a chart; every pair used for text or lines passes contrast on `surface`. */
export interface ChartPalette {
  /** The main series. */
  line: string;
  /** The rolling mean and markers. */
  accent: string;
  text: string;
  muted: string;
  grid: string;
  /** The card the chart sits on; also the PNG's background. */
  surface: string;
  /** Alternating band shades; band labels in `text` sit on both. */
  bands: readonly [string, string];
  cutOff: string;
}

const TOKENS: Record<Exclude<keyof ChartPalette, 'bands'>, string> & { bandA: string; bandB: string } = {
  line: '--mat-sys-primary',
  accent: '--mat-sys-tertiary',
  text: '--mat-sys-on-surface',
  muted: '--mat-sys-on-surface-variant',
  grid: '--mat-sys-outline-variant',
  surface: '--mat-sys-surface-container-low',
  bandA: '--mat-sys-secondary-container',
  bandB: '--mat-sys-surface-container-highest',
  cutOff: '--mat-sys-outline',
};

/**
 * The Material tokens as colours a canvas understands, re-read when the scheme changes (the
 * system's, or Tend's own override on `<html data-color-scheme>`), and the reduced-motion wish.
 */
@Injectable({ providedIn: 'root' })
export class ChartTheme {
  private readonly document = inject(DOCUMENT);
  readonly palette = signal<ChartPalette>(this.read());
  readonly reducedMotion = signal(false);

  constructor() {
    const view = this.document.defaultView;
    if (!view) return;
    const dark = view.matchMedia('(prefers-color-scheme: dark)');
    const motion = view.matchMedia('(prefers-reduced-motion: reduce)');
    const reread = (): void => this.palette.set(this.read());
    const remotion = (): void => this.reducedMotion.set(motion.matches);
    remotion();
    dark.addEventListener('change', reread);
    motion.addEventListener('change', remotion);
    const observer = new MutationObserver(reread);
    observer.observe(this.document.documentElement, { attributes: true, attributeFilter: ['data-color-scheme'] });
    inject(DestroyRef).onDestroy(() => {
      dark.removeEventListener('change', reread);
      motion.removeEventListener('change', remotion);
      observer.disconnect();
    });
  }

  private read(): ChartPalette {
    const root = this.document.documentElement;
    const styles = getComputedStyle(root);
    // Tokens are `light-dark(…, …)`: probe elements resolve them to the colours in force. All
    // probes are styled before any is read, so the page's style is recalculated once, not 9 times.
    const entries = Object.entries(TOKENS).map(([key, token]) => {
      const probe = this.document.createElement('span');
      probe.hidden = true;
      probe.style.color = styles.getPropertyValue(token).trim() || 'currentColor';
      root.appendChild(probe);
      return [key, probe] as const;
    });
    const colours = Object.fromEntries(entries.map(([key, probe]) => [key, getComputedStyle(probe).color]));
    entries.forEach(([, probe]) => probe.remove());
    const { bandA, bandB, ...single } = colours as Record<keyof typeof TOKENS, string>;
    return { ...single, bands: [bandA, bandB] };
  }
}
